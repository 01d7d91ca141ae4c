package io.taskgate.devstack;

import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a JVM of its own by {@code PayaraServerTest}: prints the Linux nice value of a thread of each priority given. */
public final class NiceProbe {

    private NiceProbe() {
    }

    public static void main(String[] priorities) throws Exception {
        for (String priority : priorities) {
            String[] nice = new String[1];
            Thread thread = new Thread(() -> nice[0] = niceOfThisThread());
            thread.setPriority(Integer.parseInt(priority));
            thread.start();
            thread.join();
            System.out.println(priority + "=" + nice[0]);
        }
    }

    private static String niceOfThisThread() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // the fields after the command's closing parenthesis: state is field 3, nice field 19
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ")[16];
        } catch (Exception e) {
            return "unreadable: " + e;
        }
    }
}
