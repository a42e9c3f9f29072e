package org.partnershipworkshop.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A burst of the same request at once, as a script or a crowd sends it: {@code tries} calls on {@code threads}
 * threads, all released together, counted by what each answered. For the limits that must hold under concurrency
 * (a check-then-act limiter lets more through than its number).
 */
public final class Burst {

    private Burst() {
    }

    /** How many calls answered each outcome. */
    public static <T> Map<T, Integer> of(int tries, int threads, Callable<T> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < tries; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            Map<T, Integer> outcomes = new HashMap<>();
            for (Future<T> answer : answers) {
                outcomes.merge(answer.get(), 1, Integer::sum);
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
