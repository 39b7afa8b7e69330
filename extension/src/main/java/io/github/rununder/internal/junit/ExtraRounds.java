package io.github.rununder.internal.junit;

import io.github.rununder.Model;
import io.github.rununder.internal.measure.ModelResult;
import io.github.rununder.internal.model.Deadline;
import io.github.rununder.internal.model.ModelRunner;
import io.github.rununder.internal.model.ModelSession;
import io.github.rununder.internal.stats.AdaptiveVerdicts;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;

/**
 * The extra rounds the verdict node measures while an expectation is undecided. Each model's
 * session is opened on its first extra round, on the verdict invocation's test instance (forked
 * workers run the method's lifecycle again), prepared and warmed up with one uncounted round
 * (when the method has warm-up rounds at all), and kept until the verdict is done. Rounds are appended to the models' results, numbered after theirs.
 * All of them share the method's time limit, started with the first.
 */
final class ExtraRounds implements AdaptiveVerdicts.Rounds, AutoCloseable {

    private final MethodRun run;
    private final ReflectiveInvocationContext<Method> invocation;
    private final ExtensionContext context;
    private final Map<Model, ModelSession> sessions = new EnumMap<>(Model.class);
    private Deadline deadline;

    ExtraRounds(MethodRun run, ReflectiveInvocationContext<Method> invocation, ExtensionContext context) {
        this.run = run;
        this.invocation = invocation;
        this.context = context;
    }

    @Override
    public void measure(Model model) throws TimeoutException {
        if (deadline == null) {
            deadline = Deadline.start(run.plan().timeLimit());
        }
        ModelResult result = run.result(model).orElseThrow(() -> new IllegalStateException(model + " has no result"));
        ModelSession session = sessions.containsKey(model) ? sessions.get(model) : open(model);
        ModelRunner.measure(session, result, result.rounds().size(), 1, deadline);
    }

    private ModelSession open(Model model) throws TimeoutException {
        ModelSession session = SessionFactory.open(model, run, invocation, context);
        sessions.put(model, session);
        ModelRunner.resume(session, run.plan(), deadline);
        return session;
    }

    /** Ends the sessions after every extra round succeeded, so that forked workers leave the method cleanly. */
    void finish() throws TimeoutException {
        for (ModelSession session : sessions.values()) {
            session.finish(deadline);
        }
    }

    @Override
    public void close() {
        sessions.values().forEach(ModelSession::close);
        sessions.clear();
    }
}
