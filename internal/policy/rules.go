package policy

import (
	"fmt"
	"sort"
	"strings"

	"github.com/open-policy-agent/opa/v1/ast"

	"github.com/addlint/addlint/internal/model"
)

// rulesRoot is the package path under which rules live.
var rulesRoot = ast.MustParseRef("data.addlint.rules")

// reportRule is the name of the rule every policy package defines.
var reportRule = ast.Var("report")

// rulePackage gathers what the modules of one package say about its rule.
type rulePackage struct {
	segments []string
	// annotations holds the METADATA blocks that describe the rule, the
	// one closest to report first: a rule- or document-scoped block on
	// report, then the package's block.
	annotations []*ast.Annotations
	location    *ast.Location
	builtin     bool
	hasReport   bool
	documented  bool
}

// ruleCatalog is the rules' metadata, sorted by id, and where each rule is
// defined ("file:line"), for error messages.
type ruleCatalog struct {
	rules     []model.RuleInfo
	locations map[string]string
}

// readRules reads the rules' metadata from the compiled modules: every
// package one or two levels under addlint.rules that defines report or
// carries a METADATA block with custom.id.
func readRules(modules map[string]*ast.Module, builtin map[string]bool) (ruleCatalog, error) {
	names := make([]string, 0, len(modules))
	for name := range modules {
		names = append(names, name)
	}
	sort.Strings(names)

	packages := map[string]*rulePackage{}
	var order []string
	for _, name := range names {
		module := modules[name]
		segments, ok := ruleSegments(module.Package.Path)
		if !ok {
			continue
		}
		key := module.Package.Path.String()
		pkg, seen := packages[key]
		if !seen {
			pkg = &rulePackage{segments: segments, location: module.Package.Location, builtin: builtin[name]}
			packages[key] = pkg
			order = append(order, key)
		}
		pkg.hasReport = pkg.hasReport || definesReport(module)
		if annotation := reportAnnotation(module); annotation != nil {
			pkg.annotations = append([]*ast.Annotations{annotation}, pkg.annotations...)
		}
		if annotation := packageAnnotation(module); annotation != nil {
			if !pkg.documented {
				pkg.location = module.Package.Location
				pkg.builtin = builtin[name]
			}
			pkg.documented = true
			pkg.annotations = append(pkg.annotations, annotation)
		}
	}

	catalog := ruleCatalog{locations: map[string]string{}}
	for _, key := range order {
		pkg := packages[key]
		if !pkg.hasReport && pkg.custom("id") == "" {
			continue
		}
		if len(pkg.segments) > 2 {
			if pkg.hasReport {
				return ruleCatalog{}, fmt.Errorf("%s: package %s is too deep to be collected: put a rule in addlint.rules.<gate>[\"<rule-id>\"] or addlint.rules[\"<rule-id>\"]", locationString(pkg.location), strings.TrimPrefix(key, "data."))
			}
			continue
		}
		info := pkg.info()
		if previous, taken := catalog.locations[info.ID]; taken {
			return ruleCatalog{}, fmt.Errorf("rule id %q is defined twice: at %s and at %s", info.ID, previous, locationString(pkg.location))
		}
		catalog.locations[info.ID] = locationString(pkg.location)
		catalog.rules = append(catalog.rules, info)
	}
	sort.Slice(catalog.rules, func(i, j int) bool { return catalog.rules[i].ID < catalog.rules[j].ID })
	return catalog, nil
}

// info builds the rule's metadata, falling back to the package path the way
// the library's finding helper does.
func (p *rulePackage) info() model.RuleInfo {
	id := p.custom("id")
	if id == "" {
		id = p.segments[len(p.segments)-1]
	}
	gate := p.custom("gate")
	if gate == "" {
		gate = "custom"
		if len(p.segments) == 2 {
			gate = p.segments[0]
		}
	}
	severity := p.custom("severity")
	if severity == "" {
		severity = model.SeverityError
	}
	info := model.RuleInfo{
		ID:          id,
		Title:       id,
		Gate:        gate,
		Severity:    severity,
		Why:         p.custom("why"),
		ExampleBad:  p.custom("example_bad"),
		ExampleGood: p.custom("example_good"),
		Builtin:     p.builtin,
	}
	for i := len(p.annotations) - 1; i >= 0; i-- {
		if title := p.annotations[i].Title; title != "" {
			info.Title = title
		}
		if description := p.annotations[i].Description; description != "" {
			info.Description = description
		}
	}
	return info
}

// custom returns the string value of a custom METADATA key, from the block
// closest to report that sets it.
func (p *rulePackage) custom(key string) string {
	for _, annotation := range p.annotations {
		if text, ok := annotation.Custom[key].(string); ok && text != "" {
			return text
		}
	}
	return ""
}

// ruleSegments returns the path segments below addlint.rules, or false for
// a package outside it.
func ruleSegments(path ast.Ref) ([]string, bool) {
	if len(path) <= len(rulesRoot) || !path.HasPrefix(rulesRoot) {
		return nil, false
	}
	segments := make([]string, 0, len(path)-len(rulesRoot))
	for _, term := range path[len(rulesRoot):] {
		text, ok := term.Value.(ast.String)
		if !ok {
			return nil, false
		}
		segments = append(segments, string(text))
	}
	return segments, true
}

func definesReport(module *ast.Module) bool {
	for _, rule := range module.Rules {
		ref := rule.Head.Ref()
		if len(ref) > 0 && ref[0].Value.Compare(reportRule) == 0 {
			return true
		}
	}
	return false
}

// packageAnnotation returns the module's package-scoped METADATA block.
func packageAnnotation(module *ast.Module) *ast.Annotations {
	for _, annotation := range module.Annotations {
		if annotation.Scope == "package" {
			return annotation
		}
	}
	return nil
}

// reportAnnotation returns a rule- or document-scoped METADATA block on the
// module's report rule.
func reportAnnotation(module *ast.Module) *ast.Annotations {
	target := module.Package.Path.Append(ast.StringTerm(string(reportRule)))
	for _, annotation := range module.Annotations {
		if (annotation.Scope == "rule" || annotation.Scope == "document") && annotation.GetTargetPath().Equal(target) {
			return annotation
		}
	}
	return nil
}

func locationString(location *ast.Location) string {
	if location == nil {
		return "unknown file"
	}
	return fmt.Sprintf("%s:%d", location.File, location.Row)
}
