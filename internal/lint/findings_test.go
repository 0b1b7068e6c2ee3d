package lint

import (
	"reflect"
	"strings"
	"testing"

	"github.com/addlint/addlint/internal/config"
	"github.com/addlint/addlint/internal/model"
)

func TestSuppressions(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
	}{
		{
			name: "no comments",
			src:  "# T\n!title !placeholder\n",
			want: []string{"2:1 error title", "2:8 warning placeholder"},
		},
		{
			name: "disable-next-line one rule",
			src:  "# T\n<!-- addlint-disable-next-line placeholder -->\n!placeholder !title\n!placeholder\n",
			want: []string{"3:14 error title", "4:1 warning placeholder"},
		},
		{
			name: "disable-next-line several rules",
			src:  "# T\n<!-- addlint-disable-next-line placeholder, title -->\n!placeholder !title\n",
			want: []string{},
		},
		{
			name: "disable and enable bound a range",
			src:  "# T\n!placeholder\n<!-- addlint-disable placeholder -->\n!placeholder !title\n!placeholder\n<!-- addlint-enable placeholder -->\n!placeholder\n",
			want: []string{"2:1 warning placeholder", "4:14 error title", "7:1 warning placeholder"},
		},
		{
			name: "disable without enable runs to the end",
			src:  "# T\n!title\n<!-- addlint-disable title -->\n!title\n!title\n",
			want: []string{"2:1 error title"},
		},
		{
			name: "disable-file",
			src:  "# T\n!placeholder !title\n<!-- addlint-disable-file placeholder -->\n!placeholder\n",
			want: []string{"2:14 error title"},
		},
		{
			name: "no rule named means every rule",
			src:  "# T\n!title\n<!-- addlint-disable-next-line -->\n!placeholder !title\n<!-- addlint-disable -->\n!title\n<!-- addlint-enable -->\n!code-block-language\n",
			want: []string{"2:1 error title", "8:1 info code-block-language"},
		},
		{
			name: "disable-file without rules silences everything",
			src:  "# T\n!placeholder !title\n<!-- addlint-disable-file -->\n",
			want: []string{},
		},
		{
			name: "unknown rules in comments are reported at the comment, once per comment",
			src:  "# T\n## S\nx <!-- addlint-disable-next-line placehold, placehold, title -->\n!title\n<!-- addlint-enable nope -->\n",
			want: []string{"3:3 warning unknown-rule", "5:1 warning unknown-rule"},
		},
		{
			name: "an unknown-rule warning can itself be suppressed",
			src:  "# T\n<!-- addlint-disable-file unknown-rule -->\n<!-- addlint-disable-next-line bogus -->\n",
			want: []string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintWith(t, Options{Paths: []string{"-"}, Stdin: strings.NewReader(tt.src)})
			got := []string{}
			for _, f := range findingsOf(t, res, "<stdin>") {
				got = append(got, brief(f))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings\n %q\nwant\n %q", got, tt.want)
			}
		})
	}
}

func TestUnknownRuleFindingDetails(t *testing.T) {
	src := "# T\n## Section\nText <!-- addlint-disable-next-line placehold -->\n"
	res := lintWith(t, Options{Paths: []string{"-"}, Stdin: strings.NewReader(src)})
	want := []model.Finding{{
		Rule:     "unknown-rule",
		Severity: "warning",
		Message:  `unknown rule "placehold" (did you mean "placeholder"?) in an addlint-disable-next-line comment; the comment silences nothing for it`,
		Line:     3, Column: 6, EndLine: 3, EndColumn: 6,
		Section: "s2",
		Gate:    "hygiene",
	}}
	if got := findingsOf(t, res, "<stdin>"); !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	// Without known rules nothing can be judged unknown.
	res, err := runFake(t, Options{Paths: []string{"-"}, Stdin: strings.NewReader(src), KnownRules: []string{}})
	if err != nil {
		t.Fatal(err)
	}
	if got := findingsOf(t, res, "<stdin>"); len(got) != 0 {
		t.Errorf("with no known rules: %+v", got)
	}
}

// severityFiles is a small tree for the severity tests: each file has a
// placeholder, a title and a code-block-language finding.
var severityFiles = map[string]string{
	"a.md":             "# A\n!placeholder !title !code-block-language\n",
	"legacy/b.md":      "# B\n!placeholder !title !code-block-language\n",
	"legacy/keep/c.md": "# C\n!placeholder !title !code-block-language\n",
}

// severityConfig sets rules and two overrides, the second more specific.
const severityConfig = `rules:
  placeholder: error
  title: off
overrides:
  - files: ["legacy/**"]
    rules: { placeholder: info, code-block-language: off }
  - files: ["legacy/keep/*.md"]
    rules: { placeholder: warning, title: warning }
`

func TestSeverities(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, severityFiles)
	t.Chdir(dir)
	cfg, err := config.Decode(".addlint.yaml", []byte(severityConfig))
	if err != nil {
		t.Fatal(err)
	}
	files := []string{"a.md", "legacy/b.md", "legacy/keep/c.md"}
	tests := []struct {
		name            string
		cfg             *config.Config
		enable, disable []string
		want            []string
	}{
		{
			name: "defaults",
			want: []string{
				"a.md 2:1 warning placeholder", "a.md 2:14 error title", "a.md 2:21 info code-block-language",
				"legacy/b.md 2:1 warning placeholder", "legacy/b.md 2:14 error title", "legacy/b.md 2:21 info code-block-language",
				"legacy/keep/c.md 2:1 warning placeholder", "legacy/keep/c.md 2:14 error title", "legacy/keep/c.md 2:21 info code-block-language",
			},
		},
		{
			name: "rules, then overrides in order",
			cfg:  cfg,
			want: []string{
				"a.md 2:1 error placeholder", "a.md 2:21 info code-block-language",
				"legacy/b.md 2:1 info placeholder",
				"legacy/keep/c.md 2:1 warning placeholder", "legacy/keep/c.md 2:14 warning title",
			},
		},
		{
			name:   "enable turns an off rule back on at its default severity, only where it is off",
			cfg:    cfg,
			enable: []string{"title", "code-block-language", "placeholder"},
			want: []string{
				"a.md 2:1 error placeholder", "a.md 2:14 error title", "a.md 2:21 info code-block-language",
				"legacy/b.md 2:1 info placeholder", "legacy/b.md 2:14 error title", "legacy/b.md 2:21 info code-block-language",
				"legacy/keep/c.md 2:1 warning placeholder", "legacy/keep/c.md 2:14 warning title", "legacy/keep/c.md 2:21 info code-block-language",
			},
		},
		{
			name:    "disable turns a rule off everywhere and wins over enable",
			cfg:     cfg,
			enable:  []string{"title"},
			disable: []string{"placeholder", " title "},
			want:    []string{"a.md 2:21 info code-block-language"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := lintWith(t, Options{Paths: files, Config: tt.cfg, Enable: tt.enable, Disable: tt.disable})
			if got := describe(res); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("findings\n %q\nwant\n %q", got, tt.want)
			}
		})
	}
}

func TestOverridesResolveAgainstTheConfigDirectory(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"repo/legacy/b.md": severityFiles["legacy/b.md"], "repo/sub/x.md": "# X\n"})
	cfg, err := config.Decode("../.addlint.yaml", []byte(severityConfig))
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir + "/repo/sub")
	res := lintWith(t, Options{Paths: []string{"../legacy/b.md"}, Config: cfg})
	want := []string{"../legacy/b.md 2:1 info placeholder"}
	if got := describe(res); !reflect.DeepEqual(got, want) {
		t.Errorf("findings %q, want %q", got, want)
	}
}

func TestUnknownRuleFlags(t *testing.T) {
	for _, tt := range []struct {
		enable, disable []string
		want            string
	}{
		{enable: []string{"placehold"}, want: `--enable placehold: unknown rule "placehold" (did you mean "placeholder"?); 'addlint rules' lists them`},
		{disable: []string{"title", "zzz"}, want: `--disable zzz: unknown rule "zzz"; 'addlint rules' lists them`},
	} {
		_, err := runFake(t, Options{Paths: []string{walkDir}, Enable: tt.enable, Disable: tt.disable})
		if err == nil || err.Error() != tt.want {
			t.Errorf("Run error = %v, want %s", err, tt.want)
		}
	}
	// unknown-rule is the runner's own rule: it may be disabled.
	if _, err := runFake(t, Options{Paths: []string{walkDir}, Disable: []string{"unknown-rule"}}); err != nil {
		t.Errorf("--disable unknown-rule: %v", err)
	}
}

func TestUnknownRulesInConfig(t *testing.T) {
	src := "rules:\n  placeholder: error\n  placehold: off\noverrides:\n  - files: [\"x/**\"]\n    rules:\n      stack-alternative: info\n      placehold: error\n"
	cfg, err := config.Decode("conf/.addlint.yaml", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	res := lintWith(t, Options{Paths: []string{walkDir + "/payments-add.md"}, Config: cfg})
	if got := paths(res); !reflect.DeepEqual(got, []string{"conf/.addlint.yaml", walkDir + "/payments-add.md"}) {
		t.Fatalf("files %q", got)
	}
	want := []model.Finding{
		{
			Rule: "unknown-rule", Severity: "warning", Line: 3, Column: 1, EndLine: 3, EndColumn: 1, Gate: "hygiene",
			Message: `unknown rule "placehold" (did you mean "placeholder"?) in the config; the setting has no effect`,
		},
		{
			Rule: "unknown-rule", Severity: "warning", Line: 7, Column: 1, EndLine: 7, EndColumn: 1, Gate: "hygiene",
			Message: `unknown rule "stack-alternative" (did you mean "stack-alternatives"?) in the config; the setting has no effect`,
		},
	}
	if !reflect.DeepEqual(res.Files[0].Findings, want) {
		t.Errorf("config findings\n %+v\nwant\n %+v", res.Files[0].Findings, want)
	}

	// The config's own severities and --disable apply to unknown-rule.
	off, err := config.Decode("c.yaml", []byte(src+"  - files: [\"**\"]\n    rules: { placeholder: warning }\n"))
	if err != nil {
		t.Fatal(err)
	}
	off.Rules["unknown-rule"] = "info"
	res = lintWith(t, Options{Paths: []string{walkDir + "/payments-add.md"}, Config: off})
	if got := describe(res); len(got) < 2 || got[0] != "c.yaml 3:1 info unknown-rule" {
		t.Errorf("unknown-rule at info: %q", got)
	}
	res = lintWith(t, Options{Paths: []string{walkDir + "/payments-add.md"}, Config: cfg, Disable: []string{"unknown-rule"}})
	if got := paths(res); !reflect.DeepEqual(got, []string{walkDir + "/payments-add.md"}) {
		t.Errorf("--disable unknown-rule still reports %q", got)
	}
}

func TestStatusAndEmptyFindings(t *testing.T) {
	res := lintWith(t, Options{Paths: walked("docs/orders.markdown", "docs/UPPER.MD")})
	if res.Files[0].Status != "review" || res.Files[1].Status != "" {
		t.Errorf("statuses %q, %q", res.Files[0].Status, res.Files[1].Status)
	}
	if res.Files[1].Findings == nil || len(res.Files[1].Findings) != 0 {
		t.Errorf("findings of a clean file = %#v, want an empty non-nil list", res.Files[1].Findings)
	}
	if res.Errors == nil {
		t.Error("Errors is nil, want an empty list")
	}
}

func TestSortFindings(t *testing.T) {
	findings := []model.Finding{
		{Rule: "b", Line: 2, Column: 1},
		{Rule: "a", Line: 2, Column: 1, Message: "y"},
		{Rule: "a", Line: 2, Column: 1, Message: "x"},
		{Rule: "z", Line: 1, Column: 9},
		{Rule: "c", Line: 2, Column: 0},
	}
	model.SortFindings(findings)
	var got []string
	for _, f := range findings {
		got = append(got, f.Rule+f.Message)
	}
	if want := []string{"z", "c", "ax", "ay", "b"}; !reflect.DeepEqual(got, want) {
		t.Errorf("sorted %q, want %q", got, want)
	}
}
