package io.github.rununder.samples;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on the loopback interface that answers every request after a fixed latency, so
 * that the download samples measure concurrency models rather than this machine's network.
 *
 * <p>It lives in the test JVM. PROCESSES workers run the sample's {@code @BeforeAll} too, but must
 * reach this same server, so the test JVM writes the server's address to a file under
 * {@code target/} and workers read it instead of starting servers of their own.
 */
final class LoopbackServer implements AutoCloseable {

    private static final Path ADDRESS = Path.of("target", "loopback-server.uri");

    private final HttpServer server;
    private final ScheduledExecutorService delays = Executors.newScheduledThreadPool(2);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger served = new AtomicInteger();

    private LoopbackServer(Duration latency) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        server.setExecutor(Executors.newCachedThreadPool());
        byte[] body = "ok\n".getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            inFlight.incrementAndGet();
            // Answer later without holding a thread: the server is not what is measured.
            delays.schedule(() -> {
                try (OutputStream out = exchange.getResponseBody()) {
                    exchange.sendResponseHeaders(200, body.length);
                    out.write(body);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    inFlight.decrementAndGet();
                    served.incrementAndGet();
                }
            }, latency.toNanos(), TimeUnit.NANOSECONDS);
        });
        server.start();
    }

    /** Starts a server whose every answer takes {@code latency}, and publishes its address to workers. */
    static LoopbackServer start(Duration latency) throws IOException {
        LoopbackServer server = new LoopbackServer(latency);
        Files.createDirectories(ADDRESS.getParent());
        Files.writeString(ADDRESS, server.uri().toString());
        return server;
    }

    /** The address of the server the test JVM started; for PROCESSES workers. */
    static URI published() throws IOException {
        return URI.create(Files.readString(ADDRESS).trim());
    }

    URI uri() {
        return URI.create("http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/");
    }

    /** Requests received and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    /** Requests answered so far. */
    int served() {
        return served.get();
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        delays.shutdownNow();
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
        Files.deleteIfExists(ADDRESS);
    }
}
