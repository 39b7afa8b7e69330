package io.github.rununder.bench.noise;

import io.github.rununder.Task;
import io.github.rununder.TaskInfo;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** CPU-bound: each task hashes 256 KiB with SHA-256, five times over (a few milliseconds). */
public final class Sha256 implements Task {

    private static final byte[] DATA = new byte[256 * 1024];

    @Override
    public void run(TaskInfo task) throws NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] hash = new byte[32];
        for (int i = 0; i < 5; i++) {
            digest.update(DATA);
            digest.update(hash);
            hash = digest.digest();
        }
        if (hash[0] == 42 && hash[1] == 42 && hash[2] == 42 && hash[3] == 42) {
            System.out.print(""); // keeps the work observable
        }
    }
}
