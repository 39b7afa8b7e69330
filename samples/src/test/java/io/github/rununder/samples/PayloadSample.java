package io.github.rununder.samples;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same download at three payload sizes, the way JMH's {@code @Param} runs a benchmark per
 * value: each response is hashed (SHA-256), so the larger the payload, the more of a task is
 * computing rather than waiting for the server's 10 ms. One comparison per size, with its own
 * nodes and its own entry in the report ({@code PayloadSample.fetch [3] size=4194304}): watch the
 * workload kind and the recommended model change with the size.
 */
// tag::payload[]
@ParameterizedClass
@ValueSource(ints = {1024, 256 * 1024, 4 * 1024 * 1024})
class PayloadSample {

    @Parameter
    int size;

    static JettyServer server;
    static URI address;
    HttpClient client;

    @BeforeAll
    static void startServer() throws Exception {
        if (!Boolean.getBoolean("rununder.worker")) {
            server = JettyServer.start(Duration.ofMillis(10));
        }
        address = JettyServer.published();
    }

    @BeforeEach
    void connect() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 16, concurrency = 8)
    void fetch(TaskInfo task) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("payload?size=" + size)).build();
        if (task.model() == ASYNC) {
            task.completesWith(client.sendAsync(request, BodyHandlers.ofByteArray()).thenAccept(this::check));
        } else {
            check(client.send(request, BodyHandlers.ofByteArray()));
        }
    }

    private void check(HttpResponse<byte[]> response) {
        assertThat(response.body()).hasSize(size);
        assertThat(sha256(response.body())).hasSize(32);
    }
    // end::payload[]

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
