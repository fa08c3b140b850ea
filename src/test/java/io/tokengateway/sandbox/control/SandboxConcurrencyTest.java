package io.tokengateway.sandbox.control;

import static io.tokengateway.sandbox.control.SandboxClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SandboxConcurrencyTest {

    private static final int THREADS = 8;

    private final SandboxClient client = new SandboxClient(new SandboxUpstream());

    /** Runs the task on 8 threads started together; rethrows the first failure. */
    private void onEightThreads(Runnable task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    task.run();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eightThreadsCreating500TokensEachGet4000DistinctIdsAndTokens() throws Exception {
        Set<Integer> ids = ConcurrentHashMap.newKeySet();
        Set<String> tokens = ConcurrentHashMap.newKeySet();

        onEightThreads(() -> {
            for (int i = 0; i < 500; i++) {
                JsonObject created = client.createPublish("t" + i, "s");
                ids.add(created.getInt("id"));
                tokens.add(created.getString("token"));
            }
        });

        assertEquals(4000, ids.size());
        assertEquals(4000, tokens.size());
        assertEquals(1, ids.stream().mapToInt(Integer::intValue).min().orElseThrow());
        assertEquals(4000, ids.stream().mapToInt(Integer::intValue).max().orElseThrow());
    }

    @Test
    void concurrentCreatesNeverPassTheCap() throws Exception {
        SandboxClient small = new SandboxClient(new SandboxUpstream(100));
        Set<Integer> ids = ConcurrentHashMap.newKeySet();

        onEightThreads(() -> {
            for (int i = 0; i < 50; i++) {
                var answer = small.post("/api/subscribe_token", json("{'label':'v','streams':[{'streamName':'s'}]}"));
                if (answer.status() == 200) {
                    ids.add(answer.object().getInt("id"));
                }
            }
        });

        assertEquals(100, ids.size());
    }

    @Test
    void concurrentStreamAdditionsAreAllKept() throws Exception {
        client.createPublish("shared", "base");

        onEightThreads(() -> {
            String thread = Thread.currentThread().getName();
            for (int i = 0; i < 50; i++) {
                var answer = client.put("/api/v2/publish_token/1",
                        json("{'addTokenStreams':[{'streamName':'" + thread + "-" + i + "'}]}"));
                assertEquals(200, answer.status());
            }
        });

        assertEquals(1 + THREADS * 50, client.get("/api/publish_token/1").object().getJsonArray("streams").size());
    }
}
