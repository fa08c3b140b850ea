package io.tokengateway.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the gateway's hot paths for a while after the start, before it reports ready ({@code /health/ready}), so
 * that the first callers do not wait for the JIT: on two cores one compiler thread competes with every request
 * thread, and without a warm-up the request path needs a minute and more of load to reach its speed
 * (docs/performance.md, "Warm-up"). It runs each component's {@link WarmUpExercise} in this process and asks the
 * gateway's own HTTPS port for reads ({@link LoopbackLoad}). Those requests carry this start's random marker, which
 * is a credential only while the warm-up runs and only from the loopback address ({@link #enterOwnRequest}): they take
 * a read's whole path, and their calls to the Millicast API go to a simulator of the warm-up's own instead. Nothing is
 * written, counted or sent upstream. It ends when the compilers have settled (after {@code gateway.warmup.min.seconds} at least), or after
 * {@code gateway.warmup.seconds} at most (0: no warm-up, ready at once).
 * <p>
 * The gateway answers callers meanwhile (live, not yet ready): a load balancer that reads readiness sends them
 * once it is over.
 */
@ApplicationScoped
public class WarmUp {

    /** The header that marks the warm-up's own requests; its value is this start's random {@link #marker}. */
    public static final String MARKER_HEADER = "X-Gateway-Warm-Up";
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    /** How long the compilers' activity is looked at before deciding that they have settled. */
    static final Duration LOOK = Duration.ofSeconds(2);
    /** Settled: the compilers were busy for less than this share of the last look. */
    static final double SETTLED_SHARE = 0.15;
    /** How long the warm-up waits for the gateway's port to open (Payara Micro opens it after the deployment). */
    static final Duration PORT_WAIT = Duration.ofSeconds(30);
    /** The exercises run half the time, in slices (all the time, they took a third longer to settle). */
    static final Duration EXERCISE_SLICE = Duration.ofMillis(50);
    static final Duration EXERCISE_PAUSE = Duration.ofMillis(50);
    /** Read routes only: the warm-up writes nothing (the audit trail would have a row of each change). */
    static final List<String> ROUTES = List.of(
            "POST /api/subscribe_token/1/viewer_token {\"streamName\":\"warm-up\",\"viewerIp\":\"203.0.113.7\",\"expiresIn\":300}",
            "GET /api/publish_token/7",
            "GET /api/publish_token/list?page=1&itemsOnPage=100",
            "POST /millicast/getToken {\"tokenId\":7}",
            "GET /millicast/getList",
            "GET /api/subscribe_token/list?page=1&itemsOnPage=100");

    @Inject
    @ConfigProperty(name = "gateway.warmup.seconds", defaultValue = "60")
    int seconds;

    /** The warm-up runs at least this long, even if the compilers look idle (they start slowly). */
    @Inject
    @ConfigProperty(name = "gateway.warmup.min.seconds", defaultValue = "5")
    int minSeconds;

    @Inject
    @ConfigProperty(name = "gateway.https.port")
    int port;

    @Inject
    @Any
    Instance<WarmUpExercise> exercises;

    @Inject
    Logger logger;

    @Resource
    ManagedExecutorService executor;

    private final String marker = randomMarker();
    private final ThreadLocal<Boolean> ownRequestOnThisThread = new ThreadLocal<>();
    private volatile boolean over;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object context) {
        if (seconds <= 0) {
            over = true;
            return;
        }
        executor.execute(this::run);
    }

    /** An application that stops (undeployed, redeployed) ends its warm-up. */
    @PreDestroy
    void stop() {
        over = true;
    }

    /** Over (or never run): the gateway may report ready. */
    public boolean isOver() {
        return over;
    }

    /**
     * This start's marker, which the warm-up's own requests carry in {@link #MARKER_HEADER} ({@link LoopbackLoad}, and
     * exercises that ask the gateway's own port); worth nothing once the warm-up is over, or from another address.
     */
    public String ownRequestMarker() {
        return marker;
    }

    /** A request of the warm-up's own, while it runs: left out of the access log and the metrics. */
    public boolean isOwnRequest(String markerHeaderValue) {
        return !over && markerHeaderValue != null && MessageDigest.isEqual(marker.getBytes(StandardCharsets.US_ASCII),
                markerHeaderValue.getBytes(StandardCharsets.US_ASCII));
    }

    /**
     * Whether a request is the warm-up's own: it carries the marker, the warm-up still runs, and it comes from the
     * loopback address. If so, the calling thread is the warm-up's until {@link #leaveOwnRequest()}.
     */
    public boolean enterOwnRequest(String markerHeaderValue, String remoteAddress) {
        if (!isOwnRequest(markerHeaderValue) || !isLoopback(remoteAddress)) {
            return false;
        }
        ownRequestOnThisThread.set(Boolean.TRUE);
        return true;
    }

    public void leaveOwnRequest() {
        ownRequestOnThisThread.remove();
    }

    /** Whether this thread serves one of the warm-up's own requests now (its upstream calls go to its simulator). */
    public boolean isOwnRequestOnThisThread() {
        return ownRequestOnThisThread.get() != null;
    }

    /** The container gives the client's address as a literal: 127.0.0.0/8 or ::1. */
    private static boolean isLoopback(String address) {
        return address != null && (LOOPBACK_V4.matcher(address).matches() || address.equals("::1")
                || address.equals("0:0:0:0:0:0:0:1"));
    }

    private void run() {
        long started = System.nanoTime();
        long rounds = 0;
        LoopbackLoad load = null;
        String end = "time limit (gateway.warmup.seconds)";
        try {
            List<WarmUpExercise> running = new ArrayList<>();
            exercises.forEach(running::add);
            if (PortProbe.answersWithin(port, PORT_WAIT)) {
                load = LoopbackLoad.start(port, MARKER_HEADER, marker, ROUTES);
            } else {
                logger.log(Level.WARNING, "Warm-up: nothing answers on port {0} (gateway.https.port), so it warms "
                        + "in process only", port);
            }
            JitActivity jit = new JitActivity();
            long deadline = started + Duration.ofSeconds(seconds).toNanos();
            long nextLook = System.nanoTime() + LOOK.toNanos();
            while (!over && System.nanoTime() < deadline) {
                rounds += exerciseAll(running);
                if (System.nanoTime() >= nextLook) {
                    if (jit.busyShareSinceLast() < SETTLED_SHARE && jit.isMeasured()
                            && System.nanoTime() - started >= Duration.ofSeconds(minSeconds).toNanos()) {
                        end = "compilers settled";
                        break;
                    }
                    nextLook = System.nanoTime() + LOOK.toNanos();
                }
            }
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            end = "interrupted";
        } catch (RuntimeException e) {
            end = "failed: " + e.getClass().getName();
        } finally {
            stop(load);
            over = true;
            logger.log(Level.INFO, "Warm-up done in {0} ms ({1}; {2} rounds in process, {3} requests to itself, {4} "
                    + "answered 2xx): ready", new Object[] {(System.nanoTime() - started) / 1_000_000, end, rounds,
                    load == null ? 0 : load.answered(), load == null ? 0 : load.succeeded()});
        }
    }

    private static void stop(LoopbackLoad load) {
        if (load == null) {
            return;
        }
        try {
            load.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Pauses, then runs every exercise for a slice of time; one that fails is dropped (and said once). The pauses
     * leave the processor to the compilers and the loopback requests.
     */
    private long exerciseAll(List<WarmUpExercise> running) throws InterruptedException {
        long rounds = 0;
        Thread.sleep(EXERCISE_PAUSE.toMillis());
        long until = System.nanoTime() + EXERCISE_SLICE.toNanos();
        while (System.nanoTime() < until && !running.isEmpty()) {
            for (int i = 0; i < running.size(); i++) {
                try {
                    running.get(i).exercise();
                    rounds++;
                } catch (RuntimeException e) {
                    logger.log(Level.WARNING, "Warm-up: {0} failed ({1}) and is left out",
                            new Object[] {running.get(i).getClass().getSimpleName(), e.getClass().getName()});
                    running.remove(i--);
                }
            }
        }
        return rounds;
    }

    private static String randomMarker() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
