package addlint.rules["operations-defined"].operations_test

import data.addlint.rules["operations-defined"].operations as rule
import data.addlint.testutil

_ops_id := testutil.sid("operational-architecture")

_deploy_id := testutil.sid("operational-architecture/deployment-strategy")

_monitor_id := testutil.sid("operational-architecture/monitoring-and-observability")

_add(doc, key, element) := testutil.set_field(doc, key, array.concat(doc[key], [element]))

_empty(doc, id) := testutil.with_section_changes(doc, id, {"text": "", "words": 0, "has_content": false})

_finding(severity, line, end_column, section_id, message) := {
	"rule": "operations",
	"severity": severity,
	"message": message,
	"line": line,
	"column": 1,
	"end_line": line,
	"end_column": end_column,
	"section": section_id,
	"gate": "operations-defined",
}

_empty_deployment(severity) := _finding(severity, 70, 24, _deploy_id, "Section \"Deployment Strategy\" is empty: describe the deployment (environments, rollout and rollback)")

_empty_monitoring := _finding("error", 73, 33, _monitor_id, "Section \"Monitoring and Observability\" is empty: describe the monitoring (metrics, logs, traces and alerts)")

_no_deployment := _finding("error", 69, 28, _ops_id, "Section \"Operational Architecture\" describes no deployment: add a Deployment Strategy subsection (environments, rollout and rollback)")

_no_monitoring := _finding("error", 69, 28, _ops_id, "Section \"Operational Architecture\" describes no monitoring: add a Monitoring and Observability subsection (metrics, logs, traces and alerts)")

test_valid_doc_passes if {
	count(rule.report) == 0 with input as testutil.valid_doc
}

test_empty_deployment_subsection_fails_at_its_heading if {
	r := rule.report with input as _empty(testutil.valid_doc, _deploy_id)
	r == {_empty_deployment("error")}
}

test_filler_only_subsection_is_empty if {
	doc := testutil.with_section_changes(testutil.valid_doc, _deploy_id, {"text": "TBD"})
	r := rule.report with input as doc
	r == {_empty_deployment("error")}
}

test_status_scaled_severity if {
	r := rule.report with input as testutil.with_status(_empty(testutil.valid_doc, _deploy_id), "draft")
	r == {_empty_deployment("warning")}
}

test_empty_monitoring_subsection_fails_at_its_heading if {
	r := rule.report with input as _empty(testutil.valid_doc, _monitor_id)
	r == {_empty_monitoring}
}

test_missing_subsections_fail_at_operational_architecture if {
	doc := testutil.without_section(testutil.without_section(testutil.valid_doc, _deploy_id), _monitor_id)
	r := rule.report with input as doc
	r == {_no_deployment, _no_monitoring}
}

test_code_block_is_content if {
	doc := _add(_empty(testutil.valid_doc, _deploy_id), "code_blocks", testutil.code_block(_deploy_id, "yaml", true, 71, "kind: Deployment\n"))
	count(rule.report) == 0 with input as doc
}

test_content_in_a_nested_subsection_counts if {
	sub := testutil.section(concat("/", [_deploy_id, "environments"]), "Environments", 4, _deploy_id, 71, 72)
	doc := _add(_empty(testutil.valid_doc, _deploy_id), "sections", object.union(sub, {"text": "Staging and production in two regions."}))
	count(rule.report) == 0 with input as doc
}

test_fields_in_operational_architecture_count if {
	base := testutil.without_section(testutil.without_section(testutil.valid_doc, _deploy_id), _monitor_id)
	deploy := {"section": _ops_id, "key": "Deployment", "value": "Helm charts on EKS, canary first", "line": 70, "column": 3, "quantities": []}
	observe := {"section": _ops_id, "key": "Observability", "value": "TBD", "line": 71, "column": 3, "quantities": []}
	r := rule.report with input as _add(_add(base, "fields", deploy), "fields", observe)
	r == {_no_monitoring}
}

test_prose_of_operational_architecture_counts if {
	base := testutil.without_section(testutil.without_section(testutil.valid_doc, _deploy_id), _monitor_id)
	doc := testutil.with_section_changes(base, _ops_id, {"text": "We deploy with Argo CD and alert through PagerDuty."})
	count(rule.report) == 0 with input as doc
}

test_other_subsection_titles_count_when_they_have_content if {
	base := testutil.without_section(testutil.valid_doc, _deploy_id)
	sub := testutil.section(concat("/", [_ops_id, "kubernetes-rollout"]), "Kubernetes Rollout", 3, _ops_id, 70, 72)
	with_content := _add(base, "sections", object.union(sub, {"text": "Three replicas per zone."}))
	count(rule.report) == 0 with input as with_content
	without_content := _add(base, "sections", sub)
	r := rule.report with input as without_content
	r == {_no_deployment}
}

test_alias_subsection_title_is_named if {
	doc := testutil.with_section_changes(_empty(testutil.valid_doc, _monitor_id), _monitor_id, {"title": "Observability"})
	r := rule.report with input as doc
	r == {_finding("error", 73, 18, _monitor_id, "Section \"Observability\" is empty: describe the monitoring (metrics, logs, traces and alerts)")}
}

test_mentions_outside_operational_architecture_do_not_count if {
	base := testutil.without_section(testutil.valid_doc, _deploy_id)
	doc := testutil.with_section_changes(base, testutil.sid("detailed-design/component-architecture"), {"text": "Deployed with Helm."})
	r := rule.report with input as doc
	r == {_no_deployment}
}

test_section_absent_is_quiet if {
	count(rule.report) == 0 with input as testutil.without_section(testutil.valid_doc, _ops_id)
}
