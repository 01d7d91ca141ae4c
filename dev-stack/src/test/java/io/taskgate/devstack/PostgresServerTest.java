package io.taskgate.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Starts a real PostgreSQL, queries it over JDBC as {@code taskgate}, and stops it. */
class PostgresServerTest {

    @TempDir
    Path tmp;

    @Test
    void startsQueriesAndStops() throws Exception {
        int port = Ports.free();
        long begin = System.nanoTime();
        Path dataDir;
        try (PostgresServer pg = PostgresServer.start(port, tmp.resolve("pg"))) {
            System.out.printf("PostgreSQL ready on %d after %d ms%n", port, (System.nanoTime() - begin) / 1_000_000);
            assertEquals("jdbc:postgresql://127.0.0.1:" + port + "/taskgate", pg.jdbcUrl());
            dataDir = pg.dataDir();
            try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
                 Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select 1")) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1));
                }
                try (ResultSet rs = s.executeQuery("select current_user, current_database(),"
                        + " (select pg_get_userbyid(datdba) from pg_database where datname = current_database())")) {
                    assertTrue(rs.next());
                    assertEquals("taskgate", rs.getString(1));
                    assertEquals("taskgate", rs.getString(2));
                    assertEquals("taskgate", rs.getString(3));
                }
                s.execute("create table t (id int primary key)");
            }
        }
        assertFalse(Ports.inUse(port), "port still open after close");
        assertFalse(Files.exists(dataDir), "data dir not deleted");
    }

    @Test
    void startsOnANewPortWhenAnotherProcessTookItsPortFirst() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int taken = squatter.getLocalPort();
            AtomicInteger choices = new AtomicInteger();
            try (PostgresServer pg = PostgresServer.start(tmp.resolve("pg"),
                    () -> choices.getAndIncrement() == 0 ? taken : Ports.free())) {
                assertNotEquals(taken, pg.port());
                assertEquals(2, choices.get(), "ports chosen");
                try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.user(), pg.password());
                     ResultSet rs = c.createStatement().executeQuery("select 1")) {
                    assertTrue(rs.next());
                }
            }
        }
    }

    @Test
    void freezeStopsEveryProcessEvenWhileClientsKeepConnectingAndThawLetsThemGoOn() throws Exception {
        try (PostgresServer pg = PostgresServer.start(tmp.resolve("pg"), Ports::free)) {
            String url = pg.jdbcUrl() + "?connectTimeout=1&loginTimeout=1&socketTimeout=1";
            AtomicBoolean connecting = new AtomicBoolean(true);
            Thread churn = new Thread(() -> {
                while (connecting.get()) { // a backend is forked for every connection, also while the freeze runs
                    try (Connection c = DriverManager.getConnection(url, pg.user(), pg.password())) {
                        c.createStatement().execute("select 1");
                    } catch (Exception frozen) {
                        // expected once frozen
                    }
                }
            });
            try (Connection before = DriverManager.getConnection(url, pg.user(), pg.password())) {
                churn.start();
                Thread.sleep(300);
                pg.freeze();
                try {
                    String postmaster = Files.readAllLines(pg.dataDir().resolve("postmaster.pid")).get(0).strip();
                    List<String> running = new ArrayList<>();
                    for (String pid : processTree(postmaster)) {
                        String state = state(pid);
                        if (!state.equals("T") && !state.equals("Z") && !state.isEmpty()) {
                            running.add(pid + " " + state);
                        }
                    }
                    assertTrue(running.isEmpty(), "processes of the frozen server still running: " + running);
                    assertThrows(SQLException.class, () -> before.createStatement().execute("select 1"),
                            "an open connection answers while frozen");
                } finally {
                    connecting.set(false);
                    pg.thaw();
                    churn.join(10_000);
                }
            }
            try (Connection after = DriverManager.getConnection(url, pg.user(), pg.password());
                 ResultSet rs = after.createStatement().executeQuery("select 1")) {
                assertTrue(rs.next(), "answers again after the thaw");
            }
        }
    }

    private static List<String> processTree(String root) throws Exception {
        List<String> pids = new ArrayList<>(List.of(root));
        Process p = new ProcessBuilder("sh", "-c", "pgrep -P " + root + " || true").start();
        for (String child : new String(p.getInputStream().readAllBytes()).split("\\s+")) {
            if (!child.isBlank()) {
                pids.add(child.strip());
            }
        }
        p.waitFor();
        return pids;
    }

    /** The kernel's one-letter state of a process ("T" when stopped), or "" when it is gone. */
    private static String state(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            int end = stat.lastIndexOf(')');
            return stat.substring(end + 2, end + 3);
        } catch (java.io.IOException e) {
            return "";
        }
    }
}
