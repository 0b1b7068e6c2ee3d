package benchcorpus

// domain is a business area a generated system serves.
type domain struct {
	// area names the business area in prose ("payment processing").
	area string
	// purpose completes "The system ..." in the executive summary.
	purpose string
	// users are who calls the system.
	users []string
	// externals are third-party systems it depends on.
	externals []string
	// entities are the main records it stores.
	entities []entity
	// events are the facts it publishes.
	events []string
}

// entity is one stored record type.
type entity struct {
	// name is the singular name in snake_case ("payment").
	name string
	// fields are the columns besides id and the timestamps.
	fields []field
}

// field is one column of an entity.
type field struct {
	name    string
	sqlType string
}

var domains = []domain{
	{
		area:      "payment processing",
		purpose:   "accepts card and wallet payments from web and mobile checkouts and routes them to acquiring banks",
		users:     []string{"checkout frontends", "the merchant portal", "the finance back office"},
		externals: []string{"the acquirer gateways", "the fraud scoring service", "the card tokenization vault", "the ledger"},
		entities: []entity{
			{"payment", []field{{"merchant_id", "UUID NOT NULL"}, {"amount_minor", "BIGINT NOT NULL"}, {"currency", "CHAR(3) NOT NULL"}, {"status", "TEXT NOT NULL"}, {"idempotency_key", "TEXT UNIQUE"}}},
			{"refund", []field{{"payment_id", "UUID NOT NULL"}, {"amount_minor", "BIGINT NOT NULL"}, {"reason", "TEXT"}, {"status", "TEXT NOT NULL"}}},
			{"merchant", []field{{"legal_name", "TEXT NOT NULL"}, {"country", "CHAR(2) NOT NULL"}, {"webhook_url", "TEXT"}, {"risk_level", "SMALLINT NOT NULL"}}},
			{"settlement", []field{{"merchant_id", "UUID NOT NULL"}, {"period_start", "DATE NOT NULL"}, {"period_end", "DATE NOT NULL"}, {"net_minor", "BIGINT NOT NULL"}}},
		},
		events: []string{"payment.authorized", "payment.captured", "refund.completed", "settlement.closed"},
	},
	{
		area:      "shipment tracking",
		purpose:   "tracks parcels from the warehouse dock to the customer's door and tells customers where their orders are",
		users:     []string{"the customer app", "warehouse scanners", "carrier partner systems"},
		externals: []string{"carrier tracking APIs", "the address validation service", "the SMS gateway", "the order management system"},
		entities: []entity{
			{"shipment", []field{{"order_id", "UUID NOT NULL"}, {"carrier", "TEXT NOT NULL"}, {"tracking_number", "TEXT NOT NULL"}, {"status", "TEXT NOT NULL"}, {"promised_at", "TIMESTAMPTZ"}}},
			{"scan_event", []field{{"shipment_id", "UUID NOT NULL"}, {"location_code", "TEXT NOT NULL"}, {"scanned_at", "TIMESTAMPTZ NOT NULL"}, {"kind", "TEXT NOT NULL"}}},
			{"depot", []field{{"name", "TEXT NOT NULL"}, {"country", "CHAR(2) NOT NULL"}, {"capacity", "INTEGER NOT NULL"}}},
		},
		events: []string{"shipment.created", "shipment.scanned", "shipment.delivered", "shipment.delayed"},
	},
	{
		area:      "patient records",
		purpose:   "keeps patients' clinical records and appointment history and shares them with authorised clinicians",
		users:     []string{"the clinician portal", "the patient mobile app", "hospital information systems"},
		externals: []string{"the national health identity service", "laboratory systems", "the e-prescription gateway", "the audit archive"},
		entities: []entity{
			{"patient", []field{{"national_id_hash", "TEXT NOT NULL"}, {"birth_date", "DATE NOT NULL"}, {"consent_level", "SMALLINT NOT NULL"}}},
			{"encounter", []field{{"patient_id", "UUID NOT NULL"}, {"clinician_id", "UUID NOT NULL"}, {"started_at", "TIMESTAMPTZ NOT NULL"}, {"summary", "TEXT"}}},
			{"observation", []field{{"encounter_id", "UUID NOT NULL"}, {"code", "TEXT NOT NULL"}, {"value_numeric", "NUMERIC"}, {"unit", "TEXT"}}},
			{"appointment", []field{{"patient_id", "UUID NOT NULL"}, {"slot_start", "TIMESTAMPTZ NOT NULL"}, {"status", "TEXT NOT NULL"}}},
		},
		events: []string{"encounter.closed", "observation.recorded", "appointment.booked", "consent.changed"},
	},
	{
		area:      "video streaming",
		purpose:   "ingests, transcodes and serves on-demand video to subscribers on phones, browsers and smart TVs",
		users:     []string{"the TV apps", "the web player", "the content operations team"},
		externals: []string{"the CDN", "the DRM licence service", "the recommendation engine", "the billing platform"},
		entities: []entity{
			{"title", []field{{"name", "TEXT NOT NULL"}, {"kind", "TEXT NOT NULL"}, {"release_year", "SMALLINT"}, {"maturity_rating", "TEXT"}}},
			{"rendition", []field{{"title_id", "UUID NOT NULL"}, {"codec", "TEXT NOT NULL"}, {"bitrate_kbps", "INTEGER NOT NULL"}, {"storage_key", "TEXT NOT NULL"}}},
			{"playback_session", []field{{"subscriber_id", "UUID NOT NULL"}, {"title_id", "UUID NOT NULL"}, {"position_seconds", "INTEGER NOT NULL"}, {"device", "TEXT"}}},
		},
		events: []string{"title.published", "rendition.ready", "playback.started", "playback.stopped"},
	},
	{
		area:      "IoT telemetry",
		purpose:   "collects telemetry from field devices, stores it as time series and raises alerts when readings leave their bands",
		users:     []string{"field devices", "the operations dashboard", "partner analytics jobs"},
		externals: []string{"the device provisioning service", "the MQTT broker fleet", "the paging service", "the data lake"},
		entities: []entity{
			{"device", []field{{"serial_number", "TEXT NOT NULL UNIQUE"}, {"model", "TEXT NOT NULL"}, {"firmware", "TEXT NOT NULL"}, {"site_id", "UUID"}}},
			{"reading", []field{{"device_id", "UUID NOT NULL"}, {"metric", "TEXT NOT NULL"}, {"value", "DOUBLE PRECISION NOT NULL"}, {"measured_at", "TIMESTAMPTZ NOT NULL"}}},
			{"alert_rule", []field{{"metric", "TEXT NOT NULL"}, {"lower_bound", "DOUBLE PRECISION"}, {"upper_bound", "DOUBLE PRECISION"}, {"severity", "TEXT NOT NULL"}}},
		},
		events: []string{"reading.received", "alert.raised", "alert.cleared", "device.offline"},
	},
	{
		area:      "identity and access",
		purpose:   "signs users in, issues tokens to applications and keeps the directory of users, groups and roles",
		users:     []string{"first-party web apps", "mobile apps", "internal services"},
		externals: []string{"corporate SAML providers", "the email delivery service", "the hardware key attestation service", "the SIEM"},
		entities: []entity{
			{"account", []field{{"email", "TEXT NOT NULL UNIQUE"}, {"password_hash", "TEXT"}, {"mfa_enrolled", "BOOLEAN NOT NULL"}, {"locked_until", "TIMESTAMPTZ"}}},
			{"session", []field{{"account_id", "UUID NOT NULL"}, {"client_id", "TEXT NOT NULL"}, {"expires_at", "TIMESTAMPTZ NOT NULL"}}},
			{"role_binding", []field{{"account_id", "UUID NOT NULL"}, {"role", "TEXT NOT NULL"}, {"scope", "TEXT NOT NULL"}}},
		},
		events: []string{"account.created", "session.started", "session.revoked", "role.granted"},
	},
	{
		area:      "inventory management",
		purpose:   "keeps stock levels for every store and warehouse current and reserves stock for online orders",
		users:     []string{"the e-commerce storefront", "store point-of-sale terminals", "the replenishment planners"},
		externals: []string{"the ERP system", "supplier EDI feeds", "the order management system", "the pricing service"},
		entities: []entity{
			{"sku", []field{{"code", "TEXT NOT NULL UNIQUE"}, {"description", "TEXT NOT NULL"}, {"unit", "TEXT NOT NULL"}}},
			{"stock_level", []field{{"sku_id", "UUID NOT NULL"}, {"location_id", "UUID NOT NULL"}, {"on_hand", "INTEGER NOT NULL"}, {"reserved", "INTEGER NOT NULL"}}},
			{"reservation", []field{{"sku_id", "UUID NOT NULL"}, {"order_id", "UUID NOT NULL"}, {"quantity", "INTEGER NOT NULL"}, {"expires_at", "TIMESTAMPTZ NOT NULL"}}},
		},
		events: []string{"stock.adjusted", "reservation.created", "reservation.expired", "replenishment.requested"},
	},
	{
		area:      "customer notifications",
		purpose:   "sends transactional email, SMS and push messages on behalf of every product team, with templates and preferences",
		users:     []string{"product backend services", "the marketing console", "the support tooling"},
		externals: []string{"the email provider", "the SMS aggregator", "the mobile push services", "the preference centre"},
		entities: []entity{
			{"message", []field{{"recipient_id", "UUID NOT NULL"}, {"channel", "TEXT NOT NULL"}, {"template_id", "UUID NOT NULL"}, {"status", "TEXT NOT NULL"}}},
			{"template", []field{{"name", "TEXT NOT NULL"}, {"locale", "TEXT NOT NULL"}, {"body", "TEXT NOT NULL"}, {"version", "INTEGER NOT NULL"}}},
			{"preference", []field{{"recipient_id", "UUID NOT NULL"}, {"channel", "TEXT NOT NULL"}, {"opted_in", "BOOLEAN NOT NULL"}}},
		},
		events: []string{"message.queued", "message.delivered", "message.bounced", "preference.changed"},
	},
	{
		area:      "search and discovery",
		purpose:   "indexes the product catalogue and answers search and autocomplete queries with personalised ranking",
		users:     []string{"the storefront", "the mobile apps", "the merchandising tools"},
		externals: []string{"the catalogue service", "the ranking model server", "the click-stream pipeline", "the translation service"},
		entities: []entity{
			{"document", []field{{"product_id", "UUID NOT NULL"}, {"locale", "TEXT NOT NULL"}, {"indexed_at", "TIMESTAMPTZ NOT NULL"}, {"checksum", "TEXT NOT NULL"}}},
			{"synonym_set", []field{{"locale", "TEXT NOT NULL"}, {"terms", "TEXT[] NOT NULL"}}},
			{"query_log", []field{{"session_id", "UUID NOT NULL"}, {"query_text", "TEXT NOT NULL"}, {"results", "INTEGER NOT NULL"}, {"clicked_rank", "SMALLINT"}}},
		},
		events: []string{"document.indexed", "index.swapped", "query.served", "synonyms.updated"},
	},
	{
		area:      "appointment booking",
		purpose:   "lets customers book, move and cancel appointments with service providers and keeps calendars in sync",
		users:     []string{"the booking widget", "provider calendars", "the call centre"},
		externals: []string{"calendar providers", "the payment service", "the SMS gateway", "the maps API"},
		entities: []entity{
			{"provider", []field{{"display_name", "TEXT NOT NULL"}, {"time_zone", "TEXT NOT NULL"}, {"buffer_minutes", "SMALLINT NOT NULL"}}},
			{"slot", []field{{"provider_id", "UUID NOT NULL"}, {"starts_at", "TIMESTAMPTZ NOT NULL"}, {"ends_at", "TIMESTAMPTZ NOT NULL"}, {"capacity", "SMALLINT NOT NULL"}}},
			{"booking", []field{{"slot_id", "UUID NOT NULL"}, {"customer_id", "UUID NOT NULL"}, {"status", "TEXT NOT NULL"}, {"notes", "TEXT"}}},
		},
		events: []string{"booking.created", "booking.moved", "booking.cancelled", "calendar.synced"},
	},
}
