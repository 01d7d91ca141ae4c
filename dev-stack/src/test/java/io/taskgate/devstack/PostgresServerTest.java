package io.taskgate.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
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
}
