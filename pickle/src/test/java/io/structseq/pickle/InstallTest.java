package io.structseq.pickle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.structseq.jsontesting.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@link StructSeqPickle#install()} and {@code register} again and again, from many threads at once. */
class InstallTest {
  @Test
  void installAndRegisterMayBeCalledAgainFromAnyThread() throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          for (int j = 0; j < 100; j++) {
            StructSeqPickle.install();
            StructSeqPickle.register(Fixtures.Point.class);
            StructSeqPickle.register(Fixtures.Shape.class);
            StructSeqPickle.register(Fixtures.Pair.class);
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> call : calls) {
        call.get(); // rethrows what a thread threw
      }
    } finally {
      pool.shutdown();
    }
    Pickles.assertSameValue(Fixtures.SHAPE, Pickles.loads(Pickles.dumps(Fixtures.SHAPE)), "after the calls");
    assertEquals(Fixtures.POINT, Pickles.loads(Pickles.dumps(Fixtures.POINT)));
  }
}
