/** Tests in a named module: open, so that JUnit may instantiate them. */
open module com.example.modular {
    requires io.github.rununder;
    requires org.junit.jupiter.api;
}
