package io.taskgate.core.application.ledger;

import io.taskgate.core.domain.model.usage.UsageLedger;
import io.taskgate.core.domain.model.usage.UsageRecord;
import io.taskgate.core.application.UsageRowWriter;
import io.taskgate.core.application.UsageSpillStore;
import io.taskgate.core.application.UsageRowsRefused;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes ledger rows off the request path, in batches of at most 500, and loses none of them:
 * <ul>
 *   <li>a batch the database cannot take now (down, frozen, out of connections) goes to the local spill
 *   ({@link UsageSpillStore}, forced to disk) and is written from there, oldest first, once a write succeeds again;</li>
 *   <li>a batch the database refuses for its content (a data or constraint error) is written row by row, so one
 *   bad row never blocks the rows behind it; a row refused on its own is kept in the spill's rejected file and
 *   counted ({@link #rejected()}); a duplicate key means the row is there already (written before a lost
 *   acknowledgement);</li>
 *   <li>when the in-memory queue is full, the request thread appends its row to the spill;</li>
 *   <li>on shutdown the queue is drained to the database, or to the spill.</li>
 * </ul>
 * Only a full spill (bounded by {@code gateway.ledger.spill-max-bytes}, 256 MiB by default, in
 * {@code gateway.ledger.spill-dir}) can lose a row; {@link #accepting()} is then false, readiness goes DOWN and the
 * proxy refuses new requests with 503 until the database takes the spill.
 */
@ApplicationScoped
public class AsyncUsageLedger implements UsageLedger {

    private static final Logger LOG = Logger.getLogger(AsyncUsageLedger.class.getName());
    private static final int CAPACITY = 20_000;
    private static final int BATCH = 500;
    private static final long MAX_BACKOFF_MS = 2_000;

    @Inject
    UsageRowWriter writer;

    /**
     * How long the writer waits, once a row has come, for more rows to write in the same transaction. At 100 requests
     * a second a commit per request cost the embedded database more CPU than the requests themselves; 50 ms gathers
     * about five. Rows are visible in the ledger that much later; quotas do not read the ledger.
     */
    @Inject
    @ConfigProperty(name = "gateway.ledger.linger-ms", defaultValue = "50")
    long lingerMillis;

    @Resource
    ManagedThreadFactory threads;

    /** The local spill ({@code UsageSpillProducer}: {@code gateway.ledger.spill-dir}, {@code spill-max-bytes}). */
    @Inject
    UsageSpillStore spill;
    private final BlockingQueue<UsageRecord> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong lost = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong spilled = new AtomicLong();
    private volatile boolean running = true;
    private volatile boolean databaseDown;
    private long backoff;
    private Thread worker;

    @PostConstruct
    void start() {
        if (!spill.isEmpty()) {
            LOG.info("Usage rows from an earlier outage are in " + spill.directory() + "; writing them");
        }
        worker = threads.newThread(this::drainLoop);
        worker.setName("taskgate-usage-ledger");
        worker.start();
    }

    @Override
    public void record(UsageRecord record) {
        if (!queue.offer(record)) {
            toSpill(List.of(record));
        }
    }

    /** Rows accepted but not yet written or spilled. */
    public int pending() {
        return queue.size();
    }

    /** Whether a row recorded now is sure to be kept (the spill has room). */
    public boolean accepting() {
        return !spill.full();
    }

    /** Whether the last write attempt failed because the database could not be reached. */
    public boolean databaseDown() {
        return databaseDown;
    }

    public long spillBytes() {
        return spill.bytes();
    }

    public long spillMaxBytes() {
        return spill.maxBytes();
    }

    /** Rows the database refused on their own (kept in the rejected file). */
    public long rejected() {
        return rejected.get();
    }

    /** Rows that could be neither written nor spilled (only with a full or unwritable spill). */
    public long lost() {
        return lost.get();
    }

    /** Rows that went through the spill. */
    public long spilled() {
        return spilled.get();
    }

    /** Waits {@link #lingerMillis} for more rows, unless the ledger is stopping or enough rows are queued already. */
    private void linger() throws InterruptedException {
        if (running && lingerMillis > 0 && queue.size() < BATCH - 1) {
            Thread.sleep(Math.min(lingerMillis, 1_000));
        }
    }

    private void drainLoop() {
        List<UsageRecord> batch = new ArrayList<>(BATCH);
        while (running || !queue.isEmpty()) {
            try {
                UsageRecord first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    replaySpill();
                    continue;
                }
                batch.add(first);
                linger();
                queue.drainTo(batch, BATCH - 1);
                if (!spill.isEmpty()) {
                    toSpill(batch); // keep the order: older rows are in the spill
                    replaySpill();
                } else if (!write(batch)) {
                    toSpill(batch);
                }
                batch.clear();
                pauseWhileDown();
            } catch (InterruptedException e) {
                running = false;
                toSpill(batch);
                batch.clear();
                List<UsageRecord> rest = new ArrayList<>();
                queue.drainTo(rest);
                toSpill(rest);
            }
        }
    }

    /** Writes from the spill, oldest file first, until it is empty or the database fails again. */
    private void replaySpill() {
        Optional<UsageSpillStore.Chunk> chunk;
        while ((chunk = spill.oldest()).isPresent()) {
            List<UsageRecord> rows = chunk.get().rows();
            for (int from = 0; from < rows.size(); from += BATCH) {
                if (!write(rows.subList(from, Math.min(rows.size(), from + BATCH)))) {
                    return; // the file stays; rows already written come back as duplicates next time
                }
            }
            spill.written(chunk.get());
            LOG.info("Wrote " + rows.size() + " spilled usage rows");
        }
    }

    /**
     * Writes a batch; true when every row is in the database (or kept as rejected), false when the database could
     * not be reached and the batch must be kept.
     */
    private boolean write(List<UsageRecord> batch) {
        try {
            writer.write(batch);
            up();
            return true;
        } catch (UsageRowsRefused e) {
            if (e.rowProblem()) {
                up();
                return writeOneByOne(batch);
            }
            down(batch.size(), e);
            return false;
        } catch (RuntimeException e) {
            down(batch.size(), e);
            return false;
        }
    }

    private boolean writeOneByOne(List<UsageRecord> batch) {
        for (int i = 0; i < batch.size(); i++) {
            UsageRecord row = batch.get(i);
            try {
                writer.write(List.of(row));
            } catch (UsageRowsRefused e) {
                if (e.duplicate()) {
                    continue;
                }
                if (!e.rowProblem()) {
                    down(1, e);
                    // this row and the ones after it are kept; the ones before are written
                    toSpill(batch.subList(i, batch.size()));
                    return true;
                }
                rejected.incrementAndGet();
                spill.reject(row, e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
            } catch (RuntimeException e) {
                down(1, e);
                toSpill(batch.subList(i, batch.size()));
                return true;
            }
        }
        return true;
    }

    private void toSpill(List<UsageRecord> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (spill.append(rows)) {
            spilled.addAndGet(rows.size());
        } else {
            lost.addAndGet(rows.size());
            LOG.severe("The usage spill is full or unwritable; " + rows.size() + " usage rows are lost");
        }
    }

    private void up() {
        if (databaseDown) {
            LOG.info("The database takes usage rows again");
        }
        databaseDown = false;
        backoff = 0;
    }

    private void down(int rows, RuntimeException e) {
        if (!databaseDown) {
            LOG.log(Level.WARNING, "Writing " + rows + " usage rows failed; keeping them in " + spill.directory()
                    + " until the database is back: " + e.getMessage());
        }
        databaseDown = true;
    }

    /** While the database is away, rows queue up (then spill) between tries instead of each batch failing alone. */
    private void pauseWhileDown() throws InterruptedException {
        if (!databaseDown || !running) {
            return;
        }
        backoff = backoff == 0 ? 100 : Math.min(backoff * 2, MAX_BACKOFF_MS);
        Thread.sleep(backoff);
    }

    @PreDestroy
    void stop() {
        running = false;
        try {
            worker.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            worker.interrupt();
        }
    }
}
