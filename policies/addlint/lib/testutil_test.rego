# Package addlint.testutil holds test-only fixtures for rule tests: a
# complete, valid, Approved ADD shaped exactly as the parser emits it, and
# helpers that change one thing at a time.
package addlint.testutil

# valid_doc is the model of this complete, valid, Approved ADD (line numbers on
# the left are the lines the model refers to). Every built-in rule reports
# nothing on it.
#
#   1 # Architecture Design Document: Payments Gateway
#   2
#   3 **Date**: 2026-03-14
#   4 **Time**: 10:30:00 UTC
#   5 **Version**: 1.2
#   6 **Status**: Approved
#   7 **Architect**: Jane Doe / Platform Team
#   8
#   9 ## Executive Summary
#  10 - **System Overview**: The gateway authorizes, captures and refunds card payments for web and mobile checkouts.
#  11 - **Quality Attributes**: p95 latency 200 ms at 1,000 req/s with 99.9% availability.
#  12
#  13 ## System Context
#  14 ### Business Requirements Summary
#  15 - **Functional Requirements**: Authorize, capture and refund card payments and report settlements.
#  16 - **Non-Functional Requirements**: p99 latency 400 ms and 99.9% availability.
#  17
#  18 ### System Scope and Boundaries
#  19 - **In Scope**: Authorization, capture, refunds and settlement reports.
#  20 - **External Dependencies**: Stripe acquiring API and HashiCorp Vault for key storage.
#  21 - **Integration Points**: Checkout service upstream and ledger service downstream through Kafka.
#  22
#  23 ## Architecture Overview
#  24 ### High-Level Architecture
#  25 ```mermaid
#  26 graph TB
#  27     Checkout --> Gateway
#  28     Gateway --> Database
#  29 ```
#  30
#  31 ### System Components
#  32 - **Gateway API**: Validates requests and routes them to the acquirer.
#  33 - **Settlement Worker**: Batches captured payments for nightly settlement.
#  34
#  35 ### Data Flow Architecture
#  36 ```mermaid
#  37 sequenceDiagram
#  38     Checkout->>Gateway: Authorize
#  39     Gateway-->>Checkout: Result
#  40 ```
#  41
#  42 ## Detailed Design
#  43 ### Component Architecture
#  44 The gateway is a stateless Go service; workers consume Kafka topics.
#  45
#  46 ### API Design
#  47 ```yaml
#  48 openapi: 3.0.3
#  49 info:
#  50   title: Payments API
#  51   version: 1.0.0
#  52 paths: {}
#  53 ```
#  54
#  55 ### Data Architecture
#  56 ```sql
#  57 CREATE TABLE payments (
#  58     id UUID PRIMARY KEY,
#  59     amount_cents BIGINT NOT NULL
#  60 );
#  61 ```
#  62
#  63 ## Technology Stack Decisions
#  64 | Component | Technology | Rationale | Alternatives Considered |
#  65 |-----------|------------|-----------|-------------------------|
#  66 | Database | PostgreSQL | ACID transactions and mature tooling | MySQL, CockroachDB |
#  67 | Messaging | Apache Kafka | Durable ordered events for the ledger | RabbitMQ, NATS |
#  68
#  69 ## Operational Architecture
#  70 ### Deployment Strategy
#  71 Blue-green deployment on Kubernetes with three replicas per zone.
#  72
#  73 ### Monitoring and Observability
#  74 Prometheus metrics, OpenTelemetry traces and alerts on latency and error rate.
#  75
#  76 ### Security Architecture
#  77 | Threat | Mitigation |
#  78 |--------|------------|
#  79 | Card data theft (STRIDE: information disclosure) | Tokenization and encryption at rest |
#  80
#  81 ## Performance Architecture
#  82 ### Performance Requirements
#  83 | Metric | Target |
#  84 |--------|--------|
#  85 | p95 latency | 200 ms |
#  86 | Throughput | 1,000 req/s |
#  87 | Availability | 99.9% |
#  88
#  89 ### Optimization Strategies
#  90 Connection pooling and read replicas keep p95 latency under 200 ms.
#  91
#  92 ## Quality Gates
#  93 - [x] Architecture design document complete and reviewed
#  94 - [x] Technology stack selection justified and approved
#  95 - [x] API specification validated with stakeholders
#  96 - [x] Database design optimized and reviewed
#  97 - [x] Security architecture threat-modeled
#  98 - [x] Performance requirements specified and achievable
#  99 - [x] Operational requirements defined
# 100 - [x] Integration points documented
valid_doc := {
	"path": "docs/payments-add.md",
	"title": {
		"text": "Architecture Design Document: Payments Gateway",
		"system_name": "Payments Gateway",
		"line": 1,
		"column": 1,
	},
	"metadata": {
		"architect": {
			"key": "Architect",
			"value": "Jane Doe / Platform Team",
			"line": 7,
			"column": 1,
			"source": "bold",
		},
		"date": {
			"key": "Date",
			"value": "2026-03-14",
			"line": 3,
			"column": 1,
			"source": "bold",
		},
		"status": {
			"key": "Status",
			"value": "Approved",
			"line": 6,
			"column": 1,
			"source": "bold",
		},
		"time": {
			"key": "Time",
			"value": "10:30:00 UTC",
			"line": 4,
			"column": 1,
			"source": "bold",
		},
		"version": {
			"key": "Version",
			"value": "1.2",
			"line": 5,
			"column": 1,
			"source": "bold",
		},
	},
	"front_matter": null,
	"front_matter_error": null,
	"status": "approved",
	"sections": [
		{
			"id": "architecture-design-document-payments-gateway",
			"slug": "architecture-design-document-payments-gateway",
			"title": "Architecture Design Document: Payments Gateway",
			"level": 1,
			"parent": "",
			"path": [
				"Architecture Design Document: Payments Gateway",
			],
			"line": 1,
			"column": 1,
			"end_line": 100,
			"text": "Date: 2026-03-14 Time: 10:30:00 UTC Version: 1.2 Status: Approved Architect: Jane Doe / Platform Team",
			"words": 14,
			"has_content": true,
		},
		{
			"id": "executive-summary",
			"slug": "executive-summary",
			"title": "Executive Summary",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Executive Summary",
			],
			"line": 9,
			"column": 1,
			"end_line": 12,
			"text": "System Overview: The gateway authorizes, captures and refunds card payments for web and mobile checkouts. Quality Attributes: p95 latency 200 ms at 1,000 req/s with 99.9% availability.",
			"words": 27,
			"has_content": true,
		},
		{
			"id": "system-context",
			"slug": "system-context",
			"title": "System Context",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"System Context",
			],
			"line": 13,
			"column": 1,
			"end_line": 22,
			"text": "",
			"words": 0,
			"has_content": false,
		},
		{
			"id": "system-context/business-requirements-summary",
			"slug": "business-requirements-summary",
			"title": "Business Requirements Summary",
			"level": 3,
			"parent": "system-context",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"System Context",
				"Business Requirements Summary",
			],
			"line": 14,
			"column": 1,
			"end_line": 17,
			"text": "Functional Requirements: Authorize, capture and refund card payments and report settlements. Non-Functional Requirements: p99 latency 400 ms and 99.9% availability.",
			"words": 20,
			"has_content": true,
		},
		{
			"id": "system-context/system-scope-and-boundaries",
			"slug": "system-scope-and-boundaries",
			"title": "System Scope and Boundaries",
			"level": 3,
			"parent": "system-context",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"System Context",
				"System Scope and Boundaries",
			],
			"line": 18,
			"column": 1,
			"end_line": 22,
			"text": "In Scope: Authorization, capture, refunds and settlement reports. External Dependencies: Stripe acquiring API and HashiCorp Vault for key storage. Integration Points: Checkout service upstream and ledger service downstream through Kafka.",
			"words": 30,
			"has_content": true,
		},
		{
			"id": "architecture-overview",
			"slug": "architecture-overview",
			"title": "Architecture Overview",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Architecture Overview",
			],
			"line": 23,
			"column": 1,
			"end_line": 41,
			"text": "",
			"words": 0,
			"has_content": false,
		},
		{
			"id": "architecture-overview/high-level-architecture",
			"slug": "high-level-architecture",
			"title": "High-Level Architecture",
			"level": 3,
			"parent": "architecture-overview",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Architecture Overview",
				"High-Level Architecture",
			],
			"line": 24,
			"column": 1,
			"end_line": 30,
			"text": "",
			"words": 0,
			"has_content": true,
		},
		{
			"id": "architecture-overview/system-components",
			"slug": "system-components",
			"title": "System Components",
			"level": 3,
			"parent": "architecture-overview",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Architecture Overview",
				"System Components",
			],
			"line": 31,
			"column": 1,
			"end_line": 34,
			"text": "Gateway API: Validates requests and routes them to the acquirer. Settlement Worker: Batches captured payments for nightly settlement.",
			"words": 18,
			"has_content": true,
		},
		{
			"id": "architecture-overview/data-flow-architecture",
			"slug": "data-flow-architecture",
			"title": "Data Flow Architecture",
			"level": 3,
			"parent": "architecture-overview",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Architecture Overview",
				"Data Flow Architecture",
			],
			"line": 35,
			"column": 1,
			"end_line": 41,
			"text": "",
			"words": 0,
			"has_content": true,
		},
		{
			"id": "detailed-design",
			"slug": "detailed-design",
			"title": "Detailed Design",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Detailed Design",
			],
			"line": 42,
			"column": 1,
			"end_line": 62,
			"text": "",
			"words": 0,
			"has_content": false,
		},
		{
			"id": "detailed-design/component-architecture",
			"slug": "component-architecture",
			"title": "Component Architecture",
			"level": 3,
			"parent": "detailed-design",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Detailed Design",
				"Component Architecture",
			],
			"line": 43,
			"column": 1,
			"end_line": 45,
			"text": "The gateway is a stateless Go service; workers consume Kafka topics.",
			"words": 11,
			"has_content": true,
		},
		{
			"id": "detailed-design/api-design",
			"slug": "api-design",
			"title": "API Design",
			"level": 3,
			"parent": "detailed-design",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Detailed Design",
				"API Design",
			],
			"line": 46,
			"column": 1,
			"end_line": 54,
			"text": "",
			"words": 0,
			"has_content": true,
		},
		{
			"id": "detailed-design/data-architecture",
			"slug": "data-architecture",
			"title": "Data Architecture",
			"level": 3,
			"parent": "detailed-design",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Detailed Design",
				"Data Architecture",
			],
			"line": 55,
			"column": 1,
			"end_line": 62,
			"text": "",
			"words": 0,
			"has_content": true,
		},
		{
			"id": "technology-stack-decisions",
			"slug": "technology-stack-decisions",
			"title": "Technology Stack Decisions",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Technology Stack Decisions",
			],
			"line": 63,
			"column": 1,
			"end_line": 68,
			"text": "Component Technology Rationale Alternatives Considered Database PostgreSQL ACID transactions and mature tooling MySQL, CockroachDB Messaging Apache Kafka Durable ordered events for the ledger RabbitMQ, NATS",
			"words": 25,
			"has_content": true,
		},
		{
			"id": "operational-architecture",
			"slug": "operational-architecture",
			"title": "Operational Architecture",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Operational Architecture",
			],
			"line": 69,
			"column": 1,
			"end_line": 80,
			"text": "",
			"words": 0,
			"has_content": false,
		},
		{
			"id": "operational-architecture/deployment-strategy",
			"slug": "deployment-strategy",
			"title": "Deployment Strategy",
			"level": 3,
			"parent": "operational-architecture",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Operational Architecture",
				"Deployment Strategy",
			],
			"line": 70,
			"column": 1,
			"end_line": 72,
			"text": "Blue-green deployment on Kubernetes with three replicas per zone.",
			"words": 9,
			"has_content": true,
		},
		{
			"id": "operational-architecture/monitoring-and-observability",
			"slug": "monitoring-and-observability",
			"title": "Monitoring and Observability",
			"level": 3,
			"parent": "operational-architecture",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Operational Architecture",
				"Monitoring and Observability",
			],
			"line": 73,
			"column": 1,
			"end_line": 75,
			"text": "Prometheus metrics, OpenTelemetry traces and alerts on latency and error rate.",
			"words": 11,
			"has_content": true,
		},
		{
			"id": "operational-architecture/security-architecture",
			"slug": "security-architecture",
			"title": "Security Architecture",
			"level": 3,
			"parent": "operational-architecture",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Operational Architecture",
				"Security Architecture",
			],
			"line": 76,
			"column": 1,
			"end_line": 80,
			"text": "Threat Mitigation Card data theft (STRIDE: information disclosure) Tokenization and encryption at rest",
			"words": 13,
			"has_content": true,
		},
		{
			"id": "performance-architecture",
			"slug": "performance-architecture",
			"title": "Performance Architecture",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Performance Architecture",
			],
			"line": 81,
			"column": 1,
			"end_line": 91,
			"text": "",
			"words": 0,
			"has_content": false,
		},
		{
			"id": "performance-architecture/performance-requirements",
			"slug": "performance-requirements",
			"title": "Performance Requirements",
			"level": 3,
			"parent": "performance-architecture",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Performance Architecture",
				"Performance Requirements",
			],
			"line": 82,
			"column": 1,
			"end_line": 88,
			"text": "Metric Target p95 latency 200 ms Throughput 1,000 req/s Availability 99.9%",
			"words": 11,
			"has_content": true,
		},
		{
			"id": "performance-architecture/optimization-strategies",
			"slug": "optimization-strategies",
			"title": "Optimization Strategies",
			"level": 3,
			"parent": "performance-architecture",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Performance Architecture",
				"Optimization Strategies",
			],
			"line": 89,
			"column": 1,
			"end_line": 91,
			"text": "Connection pooling and read replicas keep p95 latency under 200 ms.",
			"words": 11,
			"has_content": true,
		},
		{
			"id": "quality-gates",
			"slug": "quality-gates",
			"title": "Quality Gates",
			"level": 2,
			"parent": "architecture-design-document-payments-gateway",
			"path": [
				"Architecture Design Document: Payments Gateway",
				"Quality Gates",
			],
			"line": 92,
			"column": 1,
			"end_line": 100,
			"text": "Architecture design document complete and reviewed Technology stack selection justified and approved API specification validated with stakeholders Database design optimized and reviewed Security architecture threat-modeled Performance requirements specified and achievable Operational requirements defined Integration points documented",
			"words": 36,
			"has_content": true,
		},
	],
	"fields": [
		{
			"section": "architecture-design-document-payments-gateway",
			"key": "Date",
			"value": "2026-03-14",
			"line": 3,
			"column": 1,
			"quantities": [],
		},
		{
			"section": "architecture-design-document-payments-gateway",
			"key": "Time",
			"value": "10:30:00 UTC",
			"line": 4,
			"column": 1,
			"quantities": [],
		},
		{
			"section": "architecture-design-document-payments-gateway",
			"key": "Version",
			"value": "1.2",
			"line": 5,
			"column": 1,
			"quantities": [],
		},
		{
			"section": "architecture-design-document-payments-gateway",
			"key": "Status",
			"value": "Approved",
			"line": 6,
			"column": 1,
			"quantities": [],
		},
		{
			"section": "architecture-design-document-payments-gateway",
			"key": "Architect",
			"value": "Jane Doe / Platform Team",
			"line": 7,
			"column": 1,
			"quantities": [],
		},
		{
			"section": "executive-summary",
			"key": "System Overview",
			"value": "The gateway authorizes, captures and refunds card payments for web and mobile checkouts.",
			"line": 10,
			"column": 3,
			"quantities": [],
		},
		{
			"section": "executive-summary",
			"key": "Quality Attributes",
			"value": "p95 latency 200 ms at 1,000 req/s with 99.9% availability.",
			"line": 11,
			"column": 3,
			"quantities": [
				{
					"value": 200,
					"unit": "ms",
					"text": "200 ms",
				},
				{
					"value": 1000,
					"unit": "req/s",
					"text": "1,000 req/s",
				},
				{
					"value": 99.9,
					"unit": "%",
					"text": "99.9%",
				},
			],
		},
		{
			"section": "system-context/business-requirements-summary",
			"key": "Functional Requirements",
			"value": "Authorize, capture and refund card payments and report settlements.",
			"line": 15,
			"column": 3,
			"quantities": [],
		},
		{
			"section": "system-context/business-requirements-summary",
			"key": "Non-Functional Requirements",
			"value": "p99 latency 400 ms and 99.9% availability.",
			"line": 16,
			"column": 3,
			"quantities": [
				{
					"value": 400,
					"unit": "ms",
					"text": "400 ms",
				},
				{
					"value": 99.9,
					"unit": "%",
					"text": "99.9%",
				},
			],
		},
		{
			"section": "system-context/system-scope-and-boundaries",
			"key": "In Scope",
			"value": "Authorization, capture, refunds and settlement reports.",
			"line": 19,
			"column": 3,
			"quantities": [],
		},
		{
			"section": "system-context/system-scope-and-boundaries",
			"key": "External Dependencies",
			"value": "Stripe acquiring API and HashiCorp Vault for key storage.",
			"line": 20,
			"column": 3,
			"quantities": [],
		},
		{
			"section": "system-context/system-scope-and-boundaries",
			"key": "Integration Points",
			"value": "Checkout service upstream and ledger service downstream through Kafka.",
			"line": 21,
			"column": 3,
			"quantities": [],
		},
		{
			"section": "architecture-overview/system-components",
			"key": "Gateway API",
			"value": "Validates requests and routes them to the acquirer.",
			"line": 32,
			"column": 3,
			"quantities": [],
		},
		{
			"section": "architecture-overview/system-components",
			"key": "Settlement Worker",
			"value": "Batches captured payments for nightly settlement.",
			"line": 33,
			"column": 3,
			"quantities": [],
		},
	],
	"tables": [
		{
			"section": "technology-stack-decisions",
			"line": 64,
			"end_line": 67,
			"header": [
				"Component",
				"Technology",
				"Rationale",
				"Alternatives Considered",
			],
			"columns": [
				"component",
				"technology",
				"rationale",
				"alternatives_considered",
			],
			"rows": [
				{
					"line": 66,
					"cells": [
						"Database",
						"PostgreSQL",
						"ACID transactions and mature tooling",
						"MySQL, CockroachDB",
					],
					"cell_columns": [
						3,
						14,
						27,
						66,
					],
					"columns": {
						"alternatives_considered": "MySQL, CockroachDB",
						"component": "Database",
						"rationale": "ACID transactions and mature tooling",
						"technology": "PostgreSQL",
					},
					"quantities": {
						"alternatives_considered": [],
						"component": [],
						"rationale": [],
						"technology": [],
					},
				},
				{
					"line": 67,
					"cells": [
						"Messaging",
						"Apache Kafka",
						"Durable ordered events for the ledger",
						"RabbitMQ, NATS",
					],
					"cell_columns": [
						3,
						15,
						30,
						70,
					],
					"columns": {
						"alternatives_considered": "RabbitMQ, NATS",
						"component": "Messaging",
						"rationale": "Durable ordered events for the ledger",
						"technology": "Apache Kafka",
					},
					"quantities": {
						"alternatives_considered": [],
						"component": [],
						"rationale": [],
						"technology": [],
					},
				},
			],
		},
		{
			"section": "operational-architecture/security-architecture",
			"line": 77,
			"end_line": 79,
			"header": [
				"Threat",
				"Mitigation",
			],
			"columns": [
				"threat",
				"mitigation",
			],
			"rows": [
				{
					"line": 79,
					"cells": [
						"Card data theft (STRIDE: information disclosure)",
						"Tokenization and encryption at rest",
					],
					"cell_columns": [
						3,
						54,
					],
					"columns": {
						"mitigation": "Tokenization and encryption at rest",
						"threat": "Card data theft (STRIDE: information disclosure)",
					},
					"quantities": {
						"mitigation": [],
						"threat": [],
					},
				},
			],
		},
		{
			"section": "performance-architecture/performance-requirements",
			"line": 83,
			"end_line": 87,
			"header": [
				"Metric",
				"Target",
			],
			"columns": [
				"metric",
				"target",
			],
			"rows": [
				{
					"line": 85,
					"cells": [
						"p95 latency",
						"200 ms",
					],
					"cell_columns": [
						3,
						17,
					],
					"columns": {
						"metric": "p95 latency",
						"target": "200 ms",
					},
					"quantities": {
						"metric": [],
						"target": [
							{
								"value": 200,
								"unit": "ms",
								"text": "200 ms",
							},
						],
					},
				},
				{
					"line": 86,
					"cells": [
						"Throughput",
						"1,000 req/s",
					],
					"cell_columns": [
						3,
						16,
					],
					"columns": {
						"metric": "Throughput",
						"target": "1,000 req/s",
					},
					"quantities": {
						"metric": [],
						"target": [
							{
								"value": 1000,
								"unit": "req/s",
								"text": "1,000 req/s",
							},
						],
					},
				},
				{
					"line": 87,
					"cells": [
						"Availability",
						"99.9%",
					],
					"cell_columns": [
						3,
						18,
					],
					"columns": {
						"metric": "Availability",
						"target": "99.9%",
					},
					"quantities": {
						"metric": [],
						"target": [
							{
								"value": 99.9,
								"unit": "%",
								"text": "99.9%",
							},
						],
					},
				},
			],
		},
	],
	"checklists": [
		{
			"section": "quality-gates",
			"line": 93,
			"items": [
				{
					"text": "Architecture design document complete and reviewed",
					"checked": true,
					"line": 93,
					"column": 1,
				},
				{
					"text": "Technology stack selection justified and approved",
					"checked": true,
					"line": 94,
					"column": 1,
				},
				{
					"text": "API specification validated with stakeholders",
					"checked": true,
					"line": 95,
					"column": 1,
				},
				{
					"text": "Database design optimized and reviewed",
					"checked": true,
					"line": 96,
					"column": 1,
				},
				{
					"text": "Security architecture threat-modeled",
					"checked": true,
					"line": 97,
					"column": 1,
				},
				{
					"text": "Performance requirements specified and achievable",
					"checked": true,
					"line": 98,
					"column": 1,
				},
				{
					"text": "Operational requirements defined",
					"checked": true,
					"line": 99,
					"column": 1,
				},
				{
					"text": "Integration points documented",
					"checked": true,
					"line": 100,
					"column": 1,
				},
			],
		},
	],
	"lists": [
		{
			"section": "executive-summary",
			"line": 10,
			"ordered": false,
			"items": [
				{
					"text": "System Overview: The gateway authorizes, captures and refunds card payments for web and mobile checkouts.",
					"line": 10,
				},
				{
					"text": "Quality Attributes: p95 latency 200 ms at 1,000 req/s with 99.9% availability.",
					"line": 11,
				},
			],
		},
		{
			"section": "system-context/business-requirements-summary",
			"line": 15,
			"ordered": false,
			"items": [
				{
					"text": "Functional Requirements: Authorize, capture and refund card payments and report settlements.",
					"line": 15,
				},
				{
					"text": "Non-Functional Requirements: p99 latency 400 ms and 99.9% availability.",
					"line": 16,
				},
			],
		},
		{
			"section": "system-context/system-scope-and-boundaries",
			"line": 19,
			"ordered": false,
			"items": [
				{
					"text": "In Scope: Authorization, capture, refunds and settlement reports.",
					"line": 19,
				},
				{
					"text": "External Dependencies: Stripe acquiring API and HashiCorp Vault for key storage.",
					"line": 20,
				},
				{
					"text": "Integration Points: Checkout service upstream and ledger service downstream through Kafka.",
					"line": 21,
				},
			],
		},
		{
			"section": "architecture-overview/system-components",
			"line": 32,
			"ordered": false,
			"items": [
				{
					"text": "Gateway API: Validates requests and routes them to the acquirer.",
					"line": 32,
				},
				{
					"text": "Settlement Worker: Batches captured payments for nightly settlement.",
					"line": 33,
				},
			],
		},
	],
	"code_blocks": [
		{
			"section": "architecture-overview/high-level-architecture",
			"lang": "mermaid",
			"fenced": true,
			"line": 25,
			"end_line": 29,
			"content": "graph TB\n    Checkout --> Gateway\n    Gateway --> Database\n",
			"parse_error": null,
		},
		{
			"section": "architecture-overview/data-flow-architecture",
			"lang": "mermaid",
			"fenced": true,
			"line": 36,
			"end_line": 40,
			"content": "sequenceDiagram\n    Checkout->>Gateway: Authorize\n    Gateway-->>Checkout: Result\n",
			"parse_error": null,
		},
		{
			"section": "detailed-design/api-design",
			"lang": "yaml",
			"fenced": true,
			"line": 47,
			"end_line": 53,
			"content": "openapi: 3.0.3\ninfo:\n  title: Payments API\n  version: 1.0.0\npaths: {}\n",
			"parse_error": null,
		},
		{
			"section": "detailed-design/data-architecture",
			"lang": "sql",
			"fenced": true,
			"line": 56,
			"end_line": 61,
			"content": "CREATE TABLE payments (\n    id UUID PRIMARY KEY,\n    amount_cents BIGINT NOT NULL\n);\n",
			"parse_error": null,
		},
	],
	"links": [],
	"images": [],
	"placeholders": [],
	"suppressions": [],
	"lines": 100,
}

# h1_id is the id of valid_doc's H1, the parent of its H2s.
h1_id := "architecture-design-document-payments-gateway"

# sid is the id of a valid_doc section given its slug path below the H1, e.g.
# sid("system-context/business-requirements-summary"). The parser leaves the
# H1's slug out of the ids below it; tests go through sid so that they do not
# depend on that choice.
sid(rel) := rel

# empty_doc is the model of an empty file: every field present, nothing in it.
empty_doc := {
	"path": "docs/empty.md",
	"title": null,
	"metadata": {},
	"front_matter": null,
	"front_matter_error": null,
	"status": "",
	"sections": [],
	"fields": [],
	"tables": [],
	"checklists": [],
	"lists": [],
	"code_blocks": [],
	"links": [],
	"images": [],
	"placeholders": [],
	"suppressions": [],
	"lines": 0,
}

# set_field replaces the top-level field key of doc with value.
set_field(doc, key, value) := object.union(object.remove(doc, [key]), {key: value})

# with_status sets the normalized status ("draft", "review", "approved" or "")
# and the Status metadata value written in the document.
with_status(doc, status) := set_field(
	set_field(doc, "status", status),
	"metadata",
	object.union(doc.metadata, {"status": object.union(doc.metadata.status, {"value": _status_text(status)})}),
)

_status_text("") := "[Draft | Review | Approved]"

_status_text(s) := concat("", [upper(substring(s, 0, 1)), substring(s, 1, -1)]) if s != ""

# with_metadata sets the value of a metadata key (adding the key on line 8,
# after the metadata block, when doc lacks it).
with_metadata(doc, key, value) := set_field(doc, "metadata", object.union(doc.metadata, {key: entry})) if {
	old := object.get(doc.metadata, key, {"key": key, "line": 8, "column": 1, "source": "bold"})
	entry := object.union(old, {"value": value})
}

# without_metadata removes a metadata key.
without_metadata(doc, key) := set_field(doc, "metadata", object.remove(doc.metadata, [key]))

# with_section_changes merges changes into the section whose id is id.
with_section_changes(doc, id, changes) := set_field(doc, "sections", [s2 |
	some s in doc.sections
	s2 := _changed(s, id, changes)
])

_changed(s, id, changes) := object.union(s, changes) if s.id == id

_changed(s, id, _) := s if s.id != id

# without_section removes the section whose id is id, its subsections and
# every element they hold.
without_section(doc, id) := object.union(doc, {
	"sections": [s | some s in doc.sections; not _under(s.id, id)],
	"fields": [e | some e in doc.fields; not _under(e.section, id)],
	"tables": [e | some e in doc.tables; not _under(e.section, id)],
	"checklists": [e | some e in doc.checklists; not _under(e.section, id)],
	"lists": [e | some e in doc.lists; not _under(e.section, id)],
	"code_blocks": [e | some e in doc.code_blocks; not _under(e.section, id)],
	"links": [e | some e in doc.links; not _under(e.section, id)],
	"images": [e | some e in doc.images; not _under(e.section, id)],
	"placeholders": [e | some e in doc.placeholders; not _under(e.section, id)],
})

_under(candidate, id) if candidate == id

_under(candidate, id) if startswith(candidate, concat("", [id, "/"]))

# section is a section object shaped as the parser emits it, with no body.
section(id, title, level, parent, line, end_line) := {
	"id": id,
	"slug": _last_part(id),
	"title": title,
	"level": level,
	"parent": parent,
	"path": [title],
	"line": line,
	"column": 1,
	"end_line": end_line,
	"text": "",
	"words": 0,
	"has_content": false,
}

_last_part(id) := parts[count(parts) - 1] if parts := split(id, "/")

# placeholder is a placeholder element as the parser emits it.
placeholder(section_id, text, line, column) := {"section": section_id, "text": text, "line": line, "column": column}

# link is a link (or image) element as the parser emits it.
link(section_id, text, target, line, column) := {
	"section": section_id,
	"text": text,
	"target": target,
	"line": line,
	"column": column,
}

# code_block is a code block element as the parser emits it.
code_block(section_id, lang, fenced, line, content) := {
	"section": section_id,
	"lang": lang,
	"fenced": fenced,
	"line": line,
	"end_line": (line + count(split(trim_suffix(content, "\n"), "\n"))) + 1,
	"content": content,
	"parse_error": null,
}

# suppression is an addlint-disable comment covering from_line..to_line.
suppression(kind, rules, line, from_line, to_line) := {
	"rules": rules,
	"kind": kind,
	"line": line,
	"column": 1,
	"from_line": from_line,
	"to_line": to_line,
}

# with_title sets the H1's text (in title and in the H1 section) and the
# system name the parser derives from it.
with_title(doc, text, system_name) := with_section_changes(
	set_field(doc, "title", object.union(doc.title, {"text": text, "system_name": system_name})),
	h1_id,
	{"title": text, "path": [text]},
)

# with_appended puts element at the end of the document's list key.
with_appended(doc, key, element) := set_field(doc, key, array.concat(doc[key], [element]))

# finding is a finding object as lib.finding returns it, for expected sets.
finding(rule, gate, severity, message, loc) := {
	"rule": rule,
	"severity": severity,
	"message": message,
	"line": loc.line,
	"column": object.get(loc, "column", 1),
	"end_line": object.get(loc, "end_line", loc.line),
	"end_column": object.get(loc, "end_column", object.get(loc, "column", 1)),
	"section": object.get(loc, "section", ""),
	"gate": gate,
}
