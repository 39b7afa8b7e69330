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
import java.time.Duration;
import java.util.zip.Deflater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same task at three payload sizes, the way JMH's {@code @Param} runs a benchmark per value:
 * download a text report from Jetty, which answers after 5 ms, and compress it for the archive.
 * The larger the report, the more of the task is compressing rather than waiting. One comparison
 * per size, with its own nodes and its own entry in the report
 * ({@code PayloadSample.fetch [3] size=524288}): watch the workload kind and the recommended model
 * change with the size.
 */
// tag::payload[]
@ParameterizedClass
@ValueSource(ints = {1024, 64 * 1024, 512 * 1024})
class PayloadSample {

    @Parameter
    int size;

    static JettyServer server;
    static URI address;
    HttpClient client;

    @BeforeAll
    static void startServer() throws Exception {
        if (!Boolean.getBoolean("rununder.worker")) {
            server = JettyServer.start(Duration.ofMillis(5));
        }
        address = JettyServer.published();
    }

    @BeforeEach
    void connect() {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @RunUnder(model = {SEQUENTIAL, THREADS, VIRTUAL_THREADS, PROCESSES, ASYNC}, tasks = 16, concurrency = 8)
    void fetch(TaskInfo task) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("report?size=" + size)).build();
        if (task.model() == ASYNC) {
            // The compressing runs on the client's executor when the body has arrived, off the event loop.
            task.completesWith(client.sendAsync(request, BodyHandlers.ofByteArray()).thenAccept(this::archive));
        } else {
            archive(client.send(request, BodyHandlers.ofByteArray()));
        }
    }

    private void archive(HttpResponse<byte[]> response) {
        assertThat(response.body()).hasSize(size);
        assertThat(compressedSize(response.body())).isLessThan(size / 2); // text compresses about 6:1
    }
// end::payload[]

    private static long compressedSize(byte[] data) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[16 * 1024];
            long written = 0;
            while (!deflater.finished()) {
                written += deflater.deflate(buffer);
            }
            return written;
        } finally {
            deflater.end();
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
