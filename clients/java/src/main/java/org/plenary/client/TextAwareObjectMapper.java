package org.plenary.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The generated clients' JSON mapper, able to read the answers that are not JSON: the agenda as CSV and HTML and the
 * time plan as iCalendar ({@code getAgendaCsv}, {@code getAgendaHtml}, {@code getTimePlanCalendar}). The generated
 * code reads every body with the mapper, a {@code String} answer too, and a CSV or a calendar is not a JSON string;
 * this mapper hands such a body over as it came. Give it to the client you build:
 * <pre>{@code
 * var mapper = new TextAwareObjectMapper(org.plenary.client.agenda.ApiClient.createDefaultObjectMapper());
 * var agenda = new org.plenary.client.agenda.ApiClient(HttpClient.newBuilder(), mapper, "https://plenary.example.org");
 * String calendar = new TimePlanApi(agenda).getTimePlanCalendar("C20-VC", null, null);
 * }</pre>
 */
public class TextAwareObjectMapper extends ObjectMapper {

    private static final long serialVersionUID = 1L;

    /** @param configured the generated client's mapper ({@code ApiClient.createDefaultObjectMapper()}) */
    public TextAwareObjectMapper(ObjectMapper configured) {
        super(configured);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T readValue(String content, TypeReference<T> valueTypeRef)
            throws JsonProcessingException, JsonMappingException {
        if (valueTypeRef.getType() == String.class && !content.stripLeading().startsWith("\"")) {
            return (T) content;
        }
        return super.readValue(content, valueTypeRef);
    }

    @Override
    public ObjectMapper copy() {
        return new TextAwareObjectMapper(this);
    }
}
