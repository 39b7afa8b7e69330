package io.github.rununder.internal.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkerPropertiesTest {

    @AfterEach
    void clear() {
        System.clearProperty("it.a");
        System.clearProperty("it.b");
    }

    @Test
    void everyPropertyGoesToTheWorkersButThoseOfOneJvm() {
        Properties properties = new Properties();
        for (String name : new String[] {"java.home", "jdk.module.path", "sun.boot.library.path", "os.name", "user.dir",
            "file.encoding", "path.separator", "line.separator", "native.encoding", "stdout.encoding",
            "surefire.test.class.path", "surefire.real.class.path", "rununder.worker"}) {
            properties.setProperty(name, "own");
        }
        properties.setProperty("db.url", "jdbc:h2:mem:x");
        properties.setProperty("basedir", "/project");
        properties.setProperty("junit.jupiter.execution.parallel.enabled", "true");
        properties.setProperty("javax.net.ssl.trustStore", "/store");

        assertThat(WorkerProperties.toForward(properties)).containsOnlyKeys("db.url", "basedir",
                "junit.jupiter.execution.parallel.enabled", "javax.net.ssl.trustStore");
    }

    @Test
    void aWorkerClearsWhatAnEarlierTestSetAndTheTestJvmNoLongerHas() {
        WorkerProperties worker = new WorkerProperties();
        worker.apply(Map.of("it.a", "1", "it.b", "2"));
        worker.apply(Map.of("it.a", "3", "java.home", "/elsewhere"));

        assertThat(System.getProperty("it.a")).isEqualTo("3");
        assertThat(System.getProperty("it.b")).isNull();
        assertThat(System.getProperty("java.home")).isNotEqualTo("/elsewhere");
    }
}
