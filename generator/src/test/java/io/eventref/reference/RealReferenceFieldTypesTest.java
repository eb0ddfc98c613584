package io.eventref.reference;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventref.Fixtures;
import io.eventref.model.Field;
import io.eventref.model.FieldType;
import io.eventref.model.Reference;
import io.eventref.model.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Every field whose C type field-types.tsv knows (in 2.3.21) has the matching type in the model. */
class RealReferenceFieldTypesTest {

    private static final Map<String, FieldType> C_TYPES = Map.of(
            "int", FieldType.INTEGER,
            "str", FieldType.STRING,
            "strlist", FieldType.STRING_LIST,
            "timeval", FieldType.TIMESTAMP,
            // Added as a string by some callers and a list by others: exported values are strings.
            "str,strlist", FieldType.STRING);

    /**
     * Fields that field-types.tsv does not list, documented from the 2.3.19 conformance capture,
     * with the type of the call that adds them in the 2.3.19 sources (dovecot/core tag 2.3.19,
     * dovecot/pigeonhole tag 0.5.19).
     */
    private static final Map<String, FieldType> FROM_2_3_19_SOURCES = Map.ofEntries(
            Map.entry("command", FieldType.STRING), // auth/auth-worker-client.c event_add_str
            Map.entry("command_id", FieldType.INTEGER), // auth/auth-worker-client.c event_add_int
            Map.entry("data_sent", FieldType.INTEGER), // lib-smtp/smtp-client-transaction.c event_add_int
            Map.entry("detail", FieldType.STRING), // lmtp/lmtp-commands.c event_add_str
            Map.entry("fileinto_mailbox_name", FieldType.STRING), // lib-sieve/sieve-actions.c add_str
            Map.entry("host", FieldType.STRING), // lib-smtp/smtp-client-connection.c event_add_str
            Map.entry("mail_age_days", FieldType.INTEGER), // lib-storage/mail.c event_add_int
            Map.entry("mail_from_raw", FieldType.STRING), // lib-smtp/smtp-server-transaction.c event_add_str
            Map.entry("name", FieldType.STRING), // dns/dns-client.c add_str
            Map.entry("new_mailbox", FieldType.STRING), // imap/cmd-rename.c event_add_str
            Map.entry("old_mailbox", FieldType.STRING), // imap/cmd-rename.c event_add_str
            Map.entry("port", FieldType.INTEGER), // lib-http/http-client-request.c event_add_int
            Map.entry("script_size", FieldType.INTEGER), // managesieve/cmd-havespace.c event_add_int
            Map.entry("txid", FieldType.STRING)); // lib-dict/dict.c event_add_str

    @Test
    void everyFieldHasTheTypeDovecotAddsItWith() {
        Map<String, FieldType> expected = new TreeMap<>();
        for (String line : Fixtures.read(Fixtures.reference("field-types.tsv")).split("\n")) {
            String[] columns = line.split("\t");
            if (columns.length >= 2 && C_TYPES.containsKey(columns[1])) {
                expected.put(columns[0], C_TYPES.get(columns[1]));
            }
        }
        assertThat(expected).doesNotContainKeys(FROM_2_3_19_SOURCES.keySet().toArray(String[]::new));
        expected.putAll(FROM_2_3_19_SOURCES);
        Reference reference = RealReference.reference();
        List<Field> fields = new ArrayList<>(reference.globalFields());
        reference.groups().forEach(group -> fields.addAll(group.fields()));
        reference.events().forEach(event -> fields.addAll(event.fields()));

        assertThat(expected).hasSizeGreaterThan(100);
        // field-types.tsv gives the types of 2.3.21: a field that 2.4 added may share a name with a
        // 2.3 field of another type (proxy_session_finished's error_code is a string, the DNS
        // events' an integer).
        assertThat(fields).allSatisfy(field -> {
            Version added = field.lifecycle().added();
            if (expected.containsKey(field.name()) && (added == null || added.isBefore(Version.parse("2.4")))) {
                assertThat(field.type()).as("type of %s (%s)", field.name(), field.source())
                        .isEqualTo(expected.get(field.name()));
            }
        });
        assertThat(reference.globalFields()).extracting(Field::name, Field::type)
                .contains(org.assertj.core.groups.Tuple.tuple("duration", FieldType.INTEGER));
    }
}
