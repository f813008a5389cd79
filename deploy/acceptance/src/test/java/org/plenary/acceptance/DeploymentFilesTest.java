package org.plenary.acceptance;

import org.junit.jupiter.api.Test;
import org.plenary.infra.PlenaryTopics;
import org.plenary.local.PlenaryLocal;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Compose file and the Kubernetes manifests against the code they deploy: every service present, the ports the
 * services listen on, probe paths SmallRye Health serves, image names by one convention, topics as the code names
 * them, and every environment variable one that the service reads (its configuration files, its {@code @ConfigMapping}
 * interfaces, or a setting of an extension it has). What a file asks of a service that the service ignores is a
 * deployment that only seems configured.
 */
class DeploymentFilesTest {

    private static final Path ROOT = LocalRun.ROOT;
    private static final Path COMPOSE = ROOT.resolve("deploy/compose/compose.yaml");
    private static final Path K8S = ROOT.resolve("deploy/k8s/base");
    private static final Set<String> PROBE_PATHS = Set.of("/q/health/started", "/q/health/live", "/q/health/ready");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
    private static final Pattern MAPPING_METHOD = Pattern.compile("^\\s+[\\w<>, ]+ (\\w+)\\(\\);", Pattern.MULTILINE);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(:-[^}]*)?}");
    /** Settings of extensions, by the artifact that brings them and the properties it reads. */
    private static final Map<String, List<String>> EXTENSION_SETTINGS = Map.of(
            "quarkus-jdbc-postgresql", List.of("quarkus.datasource.jdbc.url", "quarkus.datasource.username",
                    "quarkus.datasource.password"),
            "quarkus-messaging-kafka", List.of("kafka.bootstrap.servers", "kafka.security.protocol",
                    "kafka.sasl.mechanism", "kafka.sasl.jaas.config", "kafka.ssl.truststore.type",
                    "kafka.ssl.truststore.location"),
            "quarkus-smallrye-jwt", List.of("mp.jwt.verify.publickey.location", "mp.jwt.verify.issuer"),
            "quarkus-rest-jackson", List.of("quarkus.http.port"),
            "quarkus-opentelemetry", List.of("quarkus.otel.exporter.otlp.traces.endpoint"),
            "quarkus-mailer", List.of("quarkus.mailer.host", "quarkus.mailer.port", "quarkus.mailer.from",
                    "quarkus.mailer.username", "quarkus.mailer.password", "quarkus.mailer.start-tls"));

    @Test
    @SuppressWarnings("unchecked")
    void composeDeploysEveryServiceAsTheCodeExpects() throws IOException {
        Map<String, Object> compose = load(COMPOSE).get(0);
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
            Map<String, Object> entry = services.get(service.name());
            assertThat(entry).as(service.name() + " in compose.yaml").isNotNull();
            assertThat(resolve((String) entry.get("image"))).isEqualTo(imageOf(service));
            assertThat((List<String>) entry.get("ports")).containsExactly(port(service) + ":" + port(service));
            Map<String, Object> env = (Map<String, Object>) entry.get("environment");
            assertThat(env.keySet()).as(service.name() + "'s environment in compose.yaml")
                    .isSubsetOf(environmentRead(service));
            assertThat(String.valueOf(env.get("QUARKUS_DATASOURCE_JDBC_URL"))).endsWith("/" + service.database());
        }
        String topics = String.valueOf(((Map<String, Object>) services.get("kafka-topics")).get("command"));
        assertThat(PlenaryTopics.ALL).allSatisfy(topic -> assertThat(topics).contains(topic));
    }

    @Test
    void envExampleListsEverySettingComposeUses() throws IOException {
        Set<String> used = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(Files.readString(COMPOSE));
        while (variable.find()) {
            used.add(variable.group(1));
        }
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(COMPOSE.resolveSibling(".env.example"))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.substring(0, line.indexOf('=')));
            }
        }
        assertThat(listed).isEqualTo(used);
    }

    /**
     * An alert on a metric nobody serves never fires: every {@code plenary_*} metric the PrometheusRule reads is one a
     * service registers (a Micrometer name, dots as underscores, a counter's with {@code _total}).
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyAlertReadsAMetricTheServicesServe() throws IOException {
        Map<String, Object> rule = load(K8S.resolve("monitoring.yaml")).stream()
                .filter(d -> d.get("kind").equals("PrometheusRule")).findFirst().orElseThrow();
        Set<String> read = new TreeSet<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) path(rule, "spec", "groups")) {
            for (Map<String, Object> alert : (List<Map<String, Object>>) group.get("rules")) {
                Matcher metric = Pattern.compile("plenary_[a-z_]+").matcher((String) alert.get("expr"));
                while (metric.find()) {
                    read.add(metric.group());
                }
            }
        }
        Set<String> served = new TreeSet<>();
        Pattern registered = Pattern.compile("(Gauge|Counter)\\.builder\\(\"(plenary\\.[a-z.]+)\"");
        try (var sources = Files.walk(ROOT)) {
            for (Path source : sources.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/main/"))
                    .toList()) {
                Matcher builder = registered.matcher(Files.readString(source));
                while (builder.find()) {
                    String name = builder.group(2).replace('.', '_');
                    served.add(builder.group(1).equals("Counter") ? name + "_total" : name);
                }
            }
        }
        assertThat(read).isNotEmpty();
        assertThat(served).containsAll(read);
    }

    @Test
    @SuppressWarnings("unchecked")
    void kubernetesDeploysEveryServiceAsTheCodeExpects() throws IOException {
        Map<String, Object> kustomization = load(K8S.resolve("kustomization.yaml")).get(0);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (String resource : (List<String>) kustomization.get("resources")) {
            documents.addAll(load(K8S.resolve(resource)));
        }
        Map<String, String> config = (Map<String, String>) documents.stream()
                .filter(d -> d.get("kind").equals("ConfigMap")).findFirst().orElseThrow().get("data");
        for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
            Map<String, Object> container = ((List<Map<String, Object>>) path(only(documents, "Deployment",
                    service.name()), "spec", "template", "spec", "containers")).get(0);
            assertThat(container.get("image")).isEqualTo(imageOf(service));
            assertThat(path(container, "ports")).asString().contains("containerPort=" + port(service));
            for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
                assertThat(PROBE_PATHS).contains((String) path(container, probe, "httpGet", "path"));
            }
            assertThat(container).containsKey("resources");
            Set<String> variables = new TreeSet<>();
            for (Map<String, Object> variable : (List<Map<String, Object>>) container.get("env")) {
                variables.add((String) variable.get("name"));
                Object fromConfig = path(variable, "valueFrom", "configMapKeyRef", "key");
                if (fromConfig != null) {
                    assertThat(config).as("plenary-config").containsKey((String) fromConfig);
                }
            }
            assertThat(variables).as(service.name() + "'s environment in Kubernetes")
                    .isSubsetOf(environmentRead(service));
            assertThat(path(only(documents, "Service", service.name()), "spec", "ports")).asString()
                    .contains("port=" + port(service));
            assertThat(only(documents, "PodDisruptionBudget", service.name())).isNotNull();
        }
        assertThat(documents.stream().filter(d -> d.get("kind").equals("KafkaTopic"))
                .map(d -> (String) path(d, "metadata", "name")).toList())
                .containsExactlyInAnyOrderElementsOf(PlenaryTopics.ALL);
        Map<String, Object> denyAll = only(documents, "NetworkPolicy", "plenary-default-deny");
        assertThat((List<String>) path(denyAll, "spec", "policyTypes")).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(path(denyAll, "spec", "ingress")).isNull();
    }

    /**
     * Each service's KafkaUser may write its own events topic if its code publishes (an outbox), read the topics its
     * channels consume with its own group, and write their dead-letter topics: exactly that, nothing more.
     */
    @Test
    @SuppressWarnings("unchecked")
    void eachServiceMayWriteOnlyItsOwnTopicAndReadOnlyWhatItConsumes() throws IOException {
        List<Map<String, Object>> users = load(K8S.resolve("kafka-users.yaml"));
        Map<String, Set<String>> composeAcls = new java.util.HashMap<>();
        Matcher allow = Pattern.compile("^\\s*allow ([\\w-]+) (\\w+) (topic|group) ([\\w.-]+)$", Pattern.MULTILINE)
                .matcher(Files.readString(COMPOSE));
        while (allow.find()) {
            composeAcls.computeIfAbsent(allow.group(1), user -> new TreeSet<>())
                    .add(allow.group(3) + " " + allow.group(4) + " " + allow.group(2));
        }
        for (PlenaryLocal.Service service : PlenaryLocal.SERVICES) {
            Set<String> expected = new TreeSet<>();
            Properties properties = applicationProperties(service);
            for (String key : properties.stringPropertyNames()) {
                if (key.matches("mp\\.messaging\\.incoming\\.[\\w-]+\\.topic")) {
                    expected.add("topic " + properties.getProperty(key) + " Read");
                    expected.add("topic " + properties.getProperty(key) + " Describe");
                } else if (key.matches("mp\\.messaging\\.incoming\\.[\\w-]+\\.dead-letter-queue\\.topic")) {
                    expected.add("topic " + properties.getProperty(key) + " Write");
                    expected.add("topic " + properties.getProperty(key) + " Describe");
                }
            }
            if (publishesEvents(service)) {
                String own = service.name().replace("-service", "") + ".events";
                expected.add("topic " + own + " Write");
                expected.add("topic " + own + " Describe");
            }
            expected.add("group " + service.name() + " Read");
            Set<String> granted = new TreeSet<>();
            for (Map<String, Object> acl : (List<Map<String, Object>>) path(only(users, "KafkaUser", service.name()),
                    "spec", "authorization", "acls")) {
                for (String operation : (List<String>) acl.get("operations")) {
                    granted.add(path(acl, "resource", "type") + " " + path(acl, "resource", "name") + " "
                            + operation);
                }
            }
            assertThat(granted).as(service.name() + "'s ACLs in kafka-users.yaml").isEqualTo(expected);
            assertThat(composeAcls.get(service.name())).as(service.name() + "'s ACLs in compose.yaml")
                    .isEqualTo(expected);
            assertThat(path(only(users, "KafkaUser", service.name()), "spec", "authentication", "type"))
                    .isEqualTo("scram-sha-512");
        }
    }

    /** Whether the service's own code appends to the outbox, so that its relay publishes on its topic. */
    private static boolean publishesEvents(PlenaryLocal.Service service) throws IOException {
        try (Stream<Path> sources = Files.walk(ROOT.resolve(service.name()).resolve("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(source).contains("outbox.append(")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The image the build produces for a service (deploy/images/build-images): Quarkus names it
     * {@code <quarkus.container-image.group>/<quarkus.application.name>:<project version>}, the group coming from the
     * shared defaults.
     */
    private static String imageOf(PlenaryLocal.Service service) throws IOException {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher version = Pattern.compile("<artifactId>plenary-parent</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(pom);
        assertThat(version.find()).isTrue();
        String group = sharedProperties().getProperty("quarkus.container-image.group");
        assertThat(group).as("quarkus.container-image.group in the shared defaults").isNotBlank();
        return group + "/" + applicationProperties(service).getProperty("quarkus.application.name") + ":"
                + version.group(1);
    }

    private static int port(PlenaryLocal.Service service) throws IOException {
        return Integer.parseInt(applicationProperties(service).getProperty("quarkus.http.port"));
    }

    /**
     * The environment variables a service reads: every property of its configuration files and of the shared
     * defaults, every property of a {@code @ConfigMapping} in its code or in the shared modules, and the settings of
     * the extensions it has — each under its environment name (upper case, anything else than a letter or digit
     * becoming {@code _}).
     */
    private static Set<String> environmentRead(PlenaryLocal.Service service) throws IOException {
        Set<String> properties = new TreeSet<>();
        Properties own = applicationProperties(service);
        Properties shared = sharedProperties();
        for (Properties file : List.of(own, shared)) {
            file.stringPropertyNames().forEach(key -> properties.add(key.replaceFirst("^%[\\w-]+\\.", "")));
        }
        for (String module : List.of(service.name(), "platform", "events")) {
            try (Stream<Path> sources = Files.walk(ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    properties.addAll(mappedProperties(Files.readString(source)));
                }
            }
        }
        String pom = Files.readString(ROOT.resolve(service.name()).resolve("pom.xml"))
                + Files.readString(ROOT.resolve("platform/pom.xml")) + Files.readString(ROOT.resolve("events/pom.xml"));
        EXTENSION_SETTINGS.forEach((extension, settings) -> {
            if (pom.contains("<artifactId>" + extension + "</artifactId>")) {
                properties.addAll(settings);
            }
        });
        Set<String> environment = new TreeSet<>();
        properties.forEach(property -> environment.add(property.toUpperCase().replaceAll("[^A-Z0-9]", "_")));
        return environment;
    }

    /** The properties of a {@code @ConfigMapping} interface in this source: prefix, then each method in kebab case. */
    private static List<String> mappedProperties(String source) {
        Matcher mapping = CONFIG_MAPPING.matcher(source);
        List<String> properties = new ArrayList<>();
        while (mapping.find()) {
            String body = bodyAfter(source, mapping.end());
            Matcher method = MAPPING_METHOD.matcher(body);
            while (method.find()) {
                properties.add(mapping.group(1) + "." + method.group(1).replaceAll("([a-z])([A-Z])", "$1-$2")
                        .toLowerCase());
            }
        }
        return properties;
    }

    /** From the first brace at or after {@code from} to its matching one, braces in string literals aside. */
    private static String bodyAfter(String source, int from) {
        int open = source.indexOf('{', from);
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                inString = !inString;
            } else if (!inString && c == '{') {
                depth++;
            } else if (!inString && c == '}' && --depth == 0) {
                return source.substring(open, i);
            }
        }
        throw new IllegalStateException("unbalanced braces after " + from);
    }

    /** The defaults every service shares, from the platform module. */
    private static Properties sharedProperties() throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(
                "platform/src/main/resources/META-INF/microprofile-config.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Properties applicationProperties(PlenaryLocal.Service service) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(service.name())
                .resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    /** A Compose default as Compose resolves it with no {@code .env}: {@code ${NAME:-default}} becomes default. */
    private static String resolve(String value) {
        return VARIABLE.matcher(value).replaceAll(match -> match.group(2) == null ? ""
                : Matcher.quoteReplacement(match.group(2).substring(2)));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> load(Path file) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            for (Object document : new Yaml(new LoaderOptions()).loadAll(in)) {
                if (document != null) {
                    documents.add((Map<String, Object>) document);
                }
            }
        }
        return documents;
    }

    private static Map<String, Object> only(List<Map<String, Object>> documents, String kind, String name) {
        List<Map<String, Object>> found = documents.stream().filter(d -> kind.equals(d.get("kind")))
                .filter(d -> name.equals(path(d, "metadata", "name"))).toList();
        assertThat(found).as(kind + " " + name).hasSize(1);
        return found.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?>)) {
                return null;
            }
            current = ((Map<String, Object>) current).get(key);
        }
        return current;
    }
}
