package io.github.rununder.internal.report.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesAndReadsEveryKindOfValue() {
        String text = new JsonWriter().beginObject()
                .field("text", "quote \" backslash \\ newline \n tab \t bell \u0007 line-separator \u2028 é ✓ 😀")
                .field("whole", Long.MIN_VALUE)
                .field("decimal", 0.1)
                .field("integralDouble", 3.0)
                .field("notANumber", Double.NaN)
                .field("yes", true)
                .name("nothing").nullValue()
                .array("list", List.of("a", "b"))
                .array("numbers", new long[] {1, -2, 3})
                .name("nested").beginObject().name("empty").beginArray().endArray().endObject()
                .endObject().toString();

        JsonObject read = JsonReader.parseObject(text);

        assertThat(read.requiredText("text"))
                .isEqualTo("quote \" backslash \\ newline \n tab \t bell \u0007 line-separator \u2028 é ✓ 😀");
        assertThat(read.whole("whole")).contains(Long.MIN_VALUE);
        assertThat(read.decimal("decimal")).contains(0.1);
        assertThat(read.raw("integralDouble")).isEqualTo(3L);
        assertThat(read.has("notANumber")).isFalse();
        assertThat(read.bool("yes")).contains(true);
        assertThat(read.has("nothing")).isFalse();
        assertThat(read.texts("list")).containsExactly("a", "b");
        assertThat(read.longs("numbers")).containsExactly(1, -2, 3);
        assertThat(read.object("nested").orElseThrow().raw("empty")).isEqualTo(List.of());
        assertThat(text).doesNotContain("\n").contains("\\u0007").contains("\\u2028");
    }

    @Test
    void anyWritesWhatTheReaderRead() {
        String original = "{\"a\":[1,2.5,\"x\",true,null,{\"b\":{}}],\"c\":-7}";

        String again = new JsonWriter().any(JsonReader.parse(original)).toString();

        assertThat(again).isEqualTo(original);
    }

    @Test
    void readsStandardJsonWithWhitespaceEscapesAndExponents() {
        Object value = JsonReader.parse(" { \"k\" : [ 1e3 , -0.5E-1 , \"\\u00e9\\/\" ] } \n");

        assertThat(value).isEqualTo(Map.of("k", List.of(1000.0, -0.05, "é/")));
    }

    @Test
    void malformedTextIsRefusedNamingTheOffsetAndTheProblem() {
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1,}"))
                .isInstanceOf(MalformedJsonException.class).hasMessage("Malformed JSON at offset 7: expected a member name");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":1} x"))
                .hasMessage("Malformed JSON at offset 8: unexpected text after the value");
        assertThatThrownBy(() -> JsonReader.parse("{\"a\":\"open"))
                .hasMessage("Malformed JSON at offset 10: unterminated string");
        assertThatThrownBy(() -> JsonReader.parse("[".repeat(100)))
                .hasMessageContaining("nested deeper than 64");
        assertThatThrownBy(() -> JsonReader.parse(""))
                .hasMessage("Malformed JSON at offset 0: unexpected end of text");
        assertThatThrownBy(() -> JsonReader.parseObject("[]"))
                .hasMessage("Expected a JSON object, but found an array");
    }

    @Test
    void aMemberOfTheWrongTypeIsNamed() {
        JsonObject object = JsonReader.parseObject("{\"tasks\":\"many\",\"list\":3}");

        assertThatThrownBy(() -> object.whole("tasks")).hasMessage("'tasks' must be a number, but is a string");
        assertThatThrownBy(() -> object.texts("list")).hasMessage("'list' must be an array, but is a number");
        assertThatThrownBy(() -> object.requiredText("missing")).hasMessage("'missing' is missing");
    }
}
