package io.github.rununder.internal.measure;

/**
 * Where one part of a time budget was spent: the frame the thread waited or ran in and the frame
 * of the user's code that led there.
 *
 * @param what what the threads did there, such as {@code the monitor of com.example.Ledger},
 *     {@code Thread.sleep}, {@code socket read}, or a method for execution samples
 * @param waitedIn the first frame outside the JDK, such as {@code com.example.Ledger.post}
 * @param userFrame the test's own frame, such as {@code LedgerTest.post:41}; equal to or below {@code waitedIn}
 * @param count how many events the recording saw there
 * @param nanos how long they took in all
 */
public record TimeSite(String what, String waitedIn, String userFrame, long count, long nanos) {

    /** {@code Ledger.post ← LedgerTest.post:41}, or one frame where both are the same method. */
    public String describe() {
        String waited = shortName(waitedIn);
        String user = userFrame == null ? "" : userFrame;
        if (user.isEmpty()) {
            return waited;
        }
        if (user.startsWith(waited + ":") || waited.isEmpty()) {
            return user;
        }
        return waited + " ← " + user;
    }

    /**
     * {@code com.example.Ledger.post} becomes {@code Ledger.post}, a nested class's
     * {@code com.example.LedgerTest$Book.post} becomes {@code LedgerTest.Book.post}, as the user frame names them.
     */
    static String shortName(String method) {
        if (method == null) {
            return "";
        }
        int dot = method.lastIndexOf('.');
        if (dot < 0) {
            return method;
        }
        String type = method.substring(0, dot);
        return type.substring(type.lastIndexOf('.') + 1).replace('$', '.') + method.substring(dot);
    }
}
