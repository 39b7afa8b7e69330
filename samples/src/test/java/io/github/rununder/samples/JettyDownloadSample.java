package io.github.rununder.samples;

import static io.github.rununder.Model.ASYNC;
import static io.github.rununder.Model.PROCESSES;
import static io.github.rununder.Model.SEQUENTIAL;
import static io.github.rununder.Model.THREADS;
import static io.github.rununder.Model.VIRTUAL_THREADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.rununder.ExpectFaster;
import io.github.rununder.RunUnder;
import io.github.rununder.TaskInfo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * The classic "download many pages" comparison, against a Jetty 12 server on loopback that answers
 * each request after 25 ms without holding a thread (see {@link JettyServer}), called through the
 * JDK's {@link HttpClient}: blocking {@code send} under the thread models, {@code sendAsync} under
 * {@code ASYNC}.
 */
class JettyDownloadSample {

    static JettyServer server;
    static URI address;

    HttpClient client;

    @BeforeAll
    static void startServer() throws Exception {
        if (!Boolean.getBoolean("rununder.worker")) {
            server = JettyServer.start(Duration.ofMillis(25));
        }
        address = JettyServer.published(); // a worker reaches the test JVM's server
    }

    @BeforeEach
    void connect() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    // tag::download[]
    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 32, concurrency = 8)
    @ExpectFaster(model = THREADS, than = SEQUENTIAL, atLeast = 2.5)           // 8 requests at a time: 8× at best
    @ExpectFaster(model = VIRTUAL_THREADS, than = SEQUENTIAL, atLeast = 2.5)   // (claims keep a 3× margin)
    @ExpectFaster(model = ASYNC, than = SEQUENTIAL, atLeast = 2.5)
    @ExpectFaster(model = PROCESSES, than = SEQUENTIAL, atLeast = 2.0)         // 8 JVMs on 2 cores, and IPC
    void download(TaskInfo task) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("page/" + task.index())).build();
        if (task.model() == ASYNC) {
            // Non-blocking: the event loop issues the request and moves on to the next one.
            task.completesWith(client.sendAsync(request, BodyHandlers.ofString())
                    .thenAccept(response -> assertThat(response.statusCode()).isEqualTo(200)));
        } else {
            assertThat(client.send(request, BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
    // end::download[]

    @AfterEach
    void everyRequestWasAnswered() {
        if (server != null) {
            // Asynchronous requests complete on the client's threads: wait for the effect, do not sleep.
            await().atMost(Duration.ofSeconds(10)).until(() -> server.inFlight() == 0);
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
