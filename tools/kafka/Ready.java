// Used by tools/kafka/kafka.sh when the project's node_modules has no kafkajs: run with Java's source launcher,
//   java -cp '.data/kafka/libs/*' tools/kafka/Ready.java 127.0.0.1:9092
// Exits 0 once the broker answers a metadata request that lists at least one broker and its group coordinator
// answers an offset fetch (that creates and loads __consumer_offsets), 1 otherwise; see ready.mjs.
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;

public class Ready {
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, args.length > 0 ? args[0] : "127.0.0.1:9092");
    props.put(AdminClientConfig.CLIENT_ID_CONFIG, "kafka-sh-ready");
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "8000");
    int code = 1;
    try (Admin admin = Admin.create(props)) {
      var cluster = admin.describeCluster(new DescribeClusterOptions().timeoutMs(8000));
      int n = cluster.nodes().get(10, TimeUnit.SECONDS).size();
      if (n == 0) {
        System.out.println("no broker in the metadata yet");
      } else {
        admin.listConsumerGroupOffsets("kafka-sh-ready").partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        System.out.println("ready: " + n + " broker(s), cluster " + cluster.clusterId().get() + "; group coordinator answers");
        code = 0;
      }
    } catch (Exception e) {
      System.out.println("not ready: " + e);
    }
    System.exit(code);
  }
}
