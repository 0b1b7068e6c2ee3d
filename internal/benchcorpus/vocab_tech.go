package benchcorpus

// choice is one technology decision: what was picked, why, and what else
// was weighed.
type choice struct {
	tech         string
	rationale    string
	alternatives string
}

// language is a service implementation language with its stack.
type language struct {
	// fence is the code block language ("go", "rust", ...).
	fence string
	// name is the language as written in prose, with its version.
	name string
	// runtime and web describe the runtime and the web framework.
	runtime choice
	web     choice
	// testing names the test tooling.
	testing string
}

var languages = []language{
	{
		"go", "Go 1.26",
		choice{"Go 1.26", "Fast builds, simple concurrency and a strong standard library", "Java 21, Rust"},
		choice{"chi router", "Small, idiomatic and compatible with net/http middleware", "Gin, Echo"},
		"go test with testcontainers",
	},
	{
		"rust", "Rust 1.90",
		choice{"Tokio", "Mature async ecosystem with excellent performance", "async-std, smol"},
		choice{"Axum", "Type-safe, composable and built on the tower ecosystem", "Actix-Web, Warp"},
		"cargo nextest and proptest",
	},
	{
		"java", "Java 21",
		choice{"Java 21 virtual threads", "Cheap blocking concurrency without reactive code", "Kotlin coroutines, Go"},
		choice{"Spring Boot 3", "Team experience and a large ecosystem of integrations", "Quarkus, Micronaut"},
		"JUnit 5 with Testcontainers",
	},
	{
		"typescript", "TypeScript 5 on Node.js 22",
		choice{"Node.js 22", "One language across frontend and backend teams", "Deno, Bun"},
		choice{"Fastify", "Low overhead, schema-based validation and good plugin support", "Express, NestJS"},
		"Vitest and Playwright",
	},
	{
		"kotlin", "Kotlin 2.1",
		choice{"Kotlin coroutines", "Structured concurrency that reads like sequential code", "Java virtual threads, Reactor"},
		choice{"Ktor", "Lightweight, coroutine-native and easy to test", "Spring WebFlux, http4k"},
		"Kotest with Testcontainers",
	},
	{
		"python", "Python 3.13",
		choice{"Python 3.13 with uvloop", "Data science teams share the code and the libraries", "Go, Node.js"},
		choice{"FastAPI", "Typed request models and generated OpenAPI documents", "Django REST Framework, Flask"},
		"pytest with hypothesis",
	},
}

// Infrastructure choices, one list per component of the stack table.
var (
	databases = []choice{
		{"PostgreSQL 16", "ACID transactions, mature tooling and strong JSONB support", "MySQL 8, CockroachDB"},
		{"CockroachDB 24", "Multi-region writes with serializable isolation out of the box", "PostgreSQL with Citus, Spanner"},
		{"MySQL 8.4", "Operations team runs it at scale with proven backup tooling", "PostgreSQL, MariaDB"},
		{"Amazon Aurora PostgreSQL", "Managed failover and storage that grows without downtime", "Self-managed PostgreSQL, Cloud SQL"},
	}
	caches = []choice{
		{"Redis 7", "Rich data structures, atomic expiry and a familiar operating model", "Memcached, Hazelcast"},
		{"Valkey 8", "Redis-compatible with an open licence and the same client libraries", "Redis, KeyDB"},
		{"Memcached 1.6", "Simple, multithreaded and enough for plain key-value caching", "Redis, Caffeine in-process"},
	}
	queues = []choice{
		{"Apache Kafka", "Durable ordered event streams that several consumers can replay", "RabbitMQ, Apache Pulsar"},
		{"NATS JetStream", "Lightweight persistence with simple operations and low latency", "Kafka, RabbitMQ"},
		{"RabbitMQ 4", "Flexible routing and per-message acknowledgements for work queues", "Amazon SQS, Kafka"},
		{"Amazon SQS", "Fully managed queues with no brokers for the team to operate", "RabbitMQ, Google Pub/Sub"},
	}
	orchestrators = []choice{
		{"Kubernetes (EKS)", "Standard platform run by the infrastructure team with shared tooling", "ECS, Nomad"},
		{"Kubernetes (GKE Autopilot)", "Managed nodes so the team only owns workloads", "Cloud Run, self-managed Kubernetes"},
		{"HashiCorp Nomad", "Simpler scheduler that already runs the rest of the estate", "Kubernetes, ECS"},
	}
	observability = []choice{
		{"OpenTelemetry + Prometheus", "Vendor-neutral instrumentation with metrics the SRE team already scrapes", "Datadog agents, StatsD"},
		{"Grafana LGTM stack", "Logs, traces and metrics in one place with open formats", "Elastic Stack, Datadog"},
		{"Datadog", "Managed dashboards and alerting the on-call rotation already uses", "Grafana Cloud, New Relic"},
	}
	gateways = []choice{
		{"Envoy Gateway", "Modern proxy with rate limiting, mTLS and good observability", "NGINX, Kong"},
		{"Kong Gateway", "Plugin ecosystem for authentication and quotas without custom code", "Envoy, Apigee"},
		{"AWS API Gateway", "Managed throttling and usage plans with no servers to run", "Kong, Envoy"},
	}
)

// People and teams for the Architect metadata.
var (
	firstNames = []string{"Amara", "Bjorn", "Chen", "Dalia", "Emeka", "Farah", "Gustavo", "Hana", "Ilya", "Jun", "Kavya", "Lars", "Mei", "Nadia", "Oskar", "Priya", "Quinn", "Rafael", "Sofia", "Tomasz"}
	lastNames  = []string{"Adeyemi", "Bergstrom", "Castillo", "Dubois", "Eriksen", "Fujimoto", "Gallagher", "Haddad", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Nakamura", "Okafor", "Petrov", "Rossi", "Schmidt", "Tanaka", "Vasquez"}
	teamNames  = []string{"Platform Team", "Core Services", "Payments Guild", "Data Platform", "Edge Team", "Reliability Engineering", "Commerce Foundations", "Clinical Systems"}
)

// Words for system names: an adjective or place and a noun.
var (
	namePrefixes = []string{"Northwind", "Bluefin", "Cobalt", "Driftwood", "Evergreen", "Falcon", "Granite", "Harbor", "Ironbark", "Juniper", "Kestrel", "Lumen", "Meridian", "Nimbus", "Orchid", "Polaris", "Quartz", "Redwood", "Summit", "Tidewater"}
	nameNouns    = []string{"Ledger", "Relay", "Beacon", "Atlas", "Forge", "Harbor", "Pulse", "Compass", "Vault", "Stream", "Hub", "Gateway", "Engine", "Registry", "Tracker"}
)

// Component roles a system is made of; the domain's entities fill %s.
var componentRoles = []struct {
	suffix  string
	purpose string
}{
	{"API", "exposes the public %s API and validates every request"},
	{"Service", "owns the %s lifecycle and its business rules"},
	{"Worker", "processes %s jobs from the queue with retries and back-off"},
	{"Projector", "builds read models of %s data for queries and reports"},
	{"Scheduler", "runs time-based %s tasks such as expiry and reminders"},
	{"Importer", "loads %s data from partner feeds and reconciles differences"},
	{"Notifier", "tells downstream systems about %s changes through events"},
	{"Auditor", "keeps a tamper-evident history of every %s change"},
}
