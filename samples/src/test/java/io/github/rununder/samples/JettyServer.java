package io.github.rununder.samples;

import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * A Jetty 12 server on the loopback interface that answers every request after a fixed delay,
 * with {@code ?size=} bytes of text (3 without it), so that the HTTP samples measure the models on
 * the client side, not this machine's network.
 *
 * <p>The delay holds no thread: the handler returns at once and Jetty's scheduler writes the
 * answer later, completing the request's {@link Callback} — as a service waiting on its own back
 * end asynchronously would. So the server answers a thousand requests in flight with a handful of
 * threads, and what the samples compare is the clients' models.
 *
 * <p>It runs in the test JVM only. {@code PROCESSES} workers run the samples' {@code @BeforeAll}
 * too, but must reach this same server: the test JVM publishes its address as a system property,
 * which RunUnder hands to every worker with the test it runs.
 */
final class JettyServer implements AutoCloseable {

    /** The system property that tells workers where the test JVM's server listens. */
    static final String ADDRESS_PROPERTY = "samples.http.address";

    /** The largest answer, 4 MiB: the payloads come from one array of this size. */
    private static final int MAX_SIZE = 4 << 20;

    private final Server server = new Server();
    private final byte[] payload = new byte[MAX_SIZE];
    private final AtomicInteger inFlight = new AtomicInteger();

    private JettyServer(Duration delay) throws Exception {
        writeText(payload);
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        connector.setAcceptQueueSize(256);
        server.addConnector(connector);
        server.setHandler(new DelayedAnswer(delay.toNanos()));
        server.start();
    }

    /** Words in lines, the same every run: text compresses as a report or a log would, about 6:1. */
    private static void writeText(byte[] into) {
        String[] words = {"order", "line", "price", "quantity", "sku", "total", "2026", "12", "apple", "pear"};
        Random random = new Random(42);
        int at = 0;
        while (at < into.length) {
            byte[] word = (words[random.nextInt(words.length)] + (random.nextInt(10) == 0 ? "\n" : " "))
                    .getBytes(StandardCharsets.US_ASCII);
            int length = Math.min(word.length, into.length - at);
            System.arraycopy(word, 0, into, at, length);
            at += length;
        }
    }

    /** Starts a server whose every answer comes after {@code delay}, and publishes its address to workers. */
    static JettyServer start(Duration delay) throws Exception {
        JettyServer started = new JettyServer(delay);
        System.setProperty(ADDRESS_PROPERTY, started.uri().toString());
        return started;
    }

    /** The address of the server the test JVM started: for the test JVM and its {@code PROCESSES} workers alike. */
    static URI published() {
        String address = System.getProperty(ADDRESS_PROPERTY);
        if (address == null) {
            throw new IllegalStateException(ADDRESS_PROPERTY + " is not set: the test JVM starts the server first");
        }
        return URI.create(address);
    }

    URI uri() {
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        return URI.create("http://" + connector.getHost() + ":" + connector.getLocalPort() + "/");
    }

    /** Requests received and not answered yet. */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public void close() throws Exception {
        System.clearProperty(ADDRESS_PROPERTY);
        server.stop();
    }

    /** Answers after the delay, from Jetty's scheduler: no thread waits. */
    private final class DelayedAnswer extends Handler.Abstract {

        private final long delayNanos;

        DelayedAnswer(long delayNanos) {
            super(InvocationType.NON_BLOCKING); // it only schedules: Jetty may call it on its selector thread
            this.delayNanos = delayNanos;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Fields query = Request.extractQueryParameters(request);
            int size = query.get("size") == null ? 3 : Integer.parseInt(query.get("size").getValue());
            if (size < 0 || size > MAX_SIZE) {
                Response.writeError(request, response, callback, 400, "size must be 0 to " + MAX_SIZE);
                return true;
            }
            inFlight.incrementAndGet();
            getServer().getScheduler().schedule(() -> {
                response.setStatus(200);
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=us-ascii");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, size);
                response.write(true, ByteBuffer.wrap(payload, 0, size).asReadOnlyBuffer(), Callback.from(() -> {
                    inFlight.decrementAndGet();
                    callback.succeeded();
                }, failure -> {
                    inFlight.decrementAndGet();
                    callback.failed(failure);
                }));
            }, delayNanos, TimeUnit.NANOSECONDS);
            return true;
        }
    }
}
