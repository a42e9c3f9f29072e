import java.io.*;
import java.nio.file.*;
import java.sql.*;
import java.util.*;
import java.util.concurrent.*;

/**
 * Parent:  java -cp h2.jar:. Repro parent <iterations> <threads> <minDelayMs> <maxDelayMs> <variant> [urlSuffix]
 *   variant: plain | checkpoint
 * Child:   java -cp h2.jar:. Repro child <dbBase> <threads> <variant> <urlSuffix>
 */
public class Repro {
    static final int DOCS = 300;
    static final String BODY;
    static {
        StringBuilder sb = new StringBuilder();
        Random r = new Random(1);
        for (int i = 0; i < 2048; i++) sb.append((char) ('a' + r.nextInt(26)));
        BODY = sb.toString();
    }

    public static void main(String[] a) throws Exception {
        if (a[0].equals("child")) child(a[1], Integer.parseInt(a[2]), a[3], a.length > 4 ? a[4] : "");
        else parent(Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]),
                Integer.parseInt(a[4]), a[5], a.length > 6 ? a[6] : "");
    }

    static String url(String base, String suffix) {
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0" + suffix;
    }

    // ---------------- child ----------------
    static void child(String base, int threads, String variant, String suffix) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false);
        List<Thread> ts = new ArrayList<>();
        Object outLock = new Object();
        for (int t = 0; t < threads; t++) {
            final int doc = t + 1;
            Connection c = DriverManager.getConnection(url(base, suffix), "sa", "");
            c.setAutoCommit(false);
            Thread th = new Thread(() -> {
                try {
                    PreparedStatement up = c.prepareStatement("UPDATE doc SET rev=rev+1, body=? WHERE id=?");
                    PreparedStatement sel = c.prepareStatement("SELECT rev FROM doc WHERE id=?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO rev(doc_id, rev, body) VALUES(?,?,?)");
                    Statement cp = c.createStatement();
                    long n = 0;
                    while (true) {
                        String body = BODY.substring((int) (n++ % 100)) + doc;
                        up.setString(1, body); up.setInt(2, doc); up.executeUpdate();
                        sel.setInt(1, doc);
                        int rev;
                        try (ResultSet rs = sel.executeQuery()) { rs.next(); rev = rs.getInt(1); }
                        ins.setInt(1, doc); ins.setInt(2, rev); ins.setString(3, body); ins.executeUpdate();
                        c.commit();
                        if (variant.equals("checkpoint")) cp.execute("CHECKPOINT");
                        synchronized (outLock) { out.println("ACK " + doc + " " + rev); out.flush(); }
                    }
                } catch (Throwable e) {
                    e.printStackTrace();
                }
            });
            ts.add(th);
        }
        synchronized (outLock) { out.println("READY"); out.flush(); }
        for (Thread th : ts) th.start();
        for (Thread th : ts) th.join();
    }

    // ---------------- parent ----------------
    static void parent(int iters, int threads, int minD, int maxD, String variant, String suffix) throws Exception {
        Path dir = Files.createTempDirectory(Paths.get("/tmp/h2repro"), "db");
        String base = dir.resolve("workshop").toString();
        try (Connection c = DriverManager.getConnection(url(base, suffix), "sa", "")) {
            Statement s = c.createStatement();
            s.execute("CREATE TABLE doc(id INT PRIMARY KEY, rev INT NOT NULL, body VARCHAR(10000))");
            s.execute("CREATE TABLE rev(id BIGINT AUTO_INCREMENT PRIMARY KEY, doc_id INT, rev INT, body VARCHAR(10000))");
            s.execute("CREATE INDEX rev_doc ON rev(doc_id, rev)");
            PreparedStatement p = c.prepareStatement("INSERT INTO doc VALUES(?,0,?)");
            for (int i = 1; i <= DOCS; i++) { p.setInt(1, i); p.setString(2, BODY); p.executeUpdate(); }
        }
        String java = ProcessHandle.current().info().command().get();
        String cp = System.getProperty("java.class.path");
        Random rnd = new Random();
        int losses = 0, lossIters = 0;
        long totalAcks = 0;
        for (int it = 1; it <= iters; it++) {
            ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", cp, "Repro", "child",
                    base, "" + threads, variant, suffix);
            pb.redirectError(ProcessBuilder.Redirect.appendTo(dir.resolve("child.err").toFile()));
            Process pr = pb.start();
            Map<Integer, Integer> lastAck = new ConcurrentHashMap<>();
            long[] acks = {0};
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = new Thread(() -> {
                try (BufferedReader br = new BufferedReader(new InputStreamReader(pr.getInputStream()))) {
                    String l;
                    while ((l = br.readLine()) != null) {
                        if (l.equals("READY")) { ready.countDown(); continue; }
                        String[] f = l.split(" ");
                        if (f.length == 3 && f[0].equals("ACK")) {
                            lastAck.put(Integer.parseInt(f[1]), Integer.parseInt(f[2]));
                            acks[0]++;
                        }
                    }
                } catch (IOException ignore) { }
                ready.countDown();
            });
            reader.start();
            ready.await(30, TimeUnit.SECONDS);
            Thread.sleep(minD + rnd.nextInt(maxD - minD + 1));
            pr.destroyForcibly();
            pr.waitFor();
            reader.join();
            totalAcks += acks[0];
            int lostHere = 0;
            StringBuilder detail = new StringBuilder();
            try (Connection c = DriverManager.getConnection(url(base, suffix), "sa", "")) {
                PreparedStatement q = c.prepareStatement("SELECT (SELECT rev FROM doc WHERE id=?), (SELECT COUNT(*) FROM rev WHERE doc_id=? AND rev=?)");
                for (Map.Entry<Integer, Integer> e : lastAck.entrySet()) {
                    q.setInt(1, e.getKey()); q.setInt(2, e.getKey()); q.setInt(3, e.getValue());
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        int docRev = rs.getInt(1), cnt = rs.getInt(2);
                        if (docRev < e.getValue() || cnt == 0) {
                            lostHere++;
                            detail.append(" doc=").append(e.getKey()).append(" acked=").append(e.getValue())
                                    .append(" dbRev=").append(docRev).append(" revRow=").append(cnt);
                        }
                    }
                }
            }
            if (lostHere > 0) { losses += lostHere; lossIters++; System.out.println("LOSS iter " + it + detail); }
            if (it % 25 == 0) System.out.println("iter " + it + " acks=" + totalAcks + " lossIters=" + lossIters + " lostDocs=" + losses);
            System.out.flush();
        }
        System.out.println("RESULT variant=" + variant + " suffix=" + suffix + " threads=" + threads + " iters=" + iters
                + " acks=" + totalAcks + " lossIters=" + lossIters + " lostDocs=" + losses
                + " h2=" + org.h2.engine.Constants.FULL_VERSION);
    }
}
