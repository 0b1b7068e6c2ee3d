package cli_test

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/addlint/addlint/internal/cli"
)

// integrationsDoc is the page of CI and pre-commit recipes.
var integrationsDoc = filepath.Join("..", "..", "docs", "integrations.md")

// hooksPath is the pre-commit hook manifest.
var hooksPath = filepath.Join("..", "..", ".pre-commit-hooks.yaml")

// codeBlock is a fenced code block of a Markdown file.
type codeBlock struct {
	lang string
	line int
	body string
}

// fencedBlocks returns the ``` fenced code blocks of a Markdown text.
func fencedBlocks(t *testing.T, text string) []codeBlock {
	t.Helper()
	var blocks []codeBlock
	var current *codeBlock
	var body []string
	for i, line := range strings.Split(text, "\n") {
		switch {
		case current == nil && strings.HasPrefix(line, "```"):
			current = &codeBlock{lang: strings.TrimSpace(strings.TrimPrefix(line, "```")), line: i + 1}
			body = nil
		case current != nil && strings.TrimSpace(line) == "```":
			current.body = strings.Join(body, "\n") + "\n"
			blocks = append(blocks, *current)
			current = nil
		case current != nil:
			body = append(body, line)
		}
	}
	if current != nil {
		t.Fatalf("the code block at line %d is not closed", current.line)
	}
	return blocks
}

func readDoc(t *testing.T) string {
	t.Helper()
	raw, err := os.ReadFile(integrationsDoc)
	if err != nil {
		t.Fatal(err)
	}
	return string(raw)
}

// hook is one entry of .pre-commit-hooks.yaml.
type hook struct {
	ID                      string   `yaml:"id"`
	Name                    string   `yaml:"name"`
	Entry                   string   `yaml:"entry"`
	Language                string   `yaml:"language"`
	Types                   []string `yaml:"types"`
	RequireSerial           *bool    `yaml:"require_serial"`
	LanguageVersion         string   `yaml:"language_version"`
	MinimumPreCommitVersion string   `yaml:"minimum_pre_commit_version"`
}

// TestPreCommitHooksManifest checks the hook as the project decided it.
func TestPreCommitHooksManifest(t *testing.T) {
	raw, err := os.ReadFile(hooksPath)
	if err != nil {
		t.Fatal(err)
	}
	var hooks []hook
	if err := yaml.Unmarshal(raw, &hooks); err != nil {
		t.Fatalf(".pre-commit-hooks.yaml does not parse: %v", err)
	}
	if len(hooks) != 1 {
		t.Fatalf("%d hooks, want 1", len(hooks))
	}
	h := hooks[0]
	if h.ID != "addlint" || h.Name == "" {
		t.Errorf("id %q, name %q; want id addlint and a name", h.ID, h.Name)
	}
	if h.Language != "golang" || h.Entry != "addlint lint --only-adds" {
		t.Errorf("language %q, entry %q; want golang and addlint lint --only-adds", h.Language, h.Entry)
	}
	if len(h.Types) != 1 || h.Types[0] != "markdown" {
		t.Errorf("types %v, want [markdown]", h.Types)
	}
	if h.RequireSerial == nil || *h.RequireSerial {
		t.Error("require_serial must be set to false")
	}
	if h.LanguageVersion != "" {
		t.Errorf("language_version %q is pinned; leave it to pre-commit", h.LanguageVersion)
	}
	if v := h.MinimumPreCommitVersion; v != "" && !strings.HasPrefix(v, "3.0.") && v != "3.0" && !strings.HasPrefix(v, "2.") {
		t.Errorf("minimum_pre_commit_version %q is above 3.0", v)
	}
}

// TestIntegrationsYAMLExamples parses every YAML example of the page and
// checks each against what it refers to: the pre-commit snippets against
// .pre-commit-hooks.yaml, the workflows against action.yml, the GitLab jobs'
// JUnit artifact against the command writing it.
func TestIntegrationsYAMLExamples(t *testing.T) {
	a, _ := readAction(t)
	kinds := map[string]int{}
	for _, block := range fencedBlocks(t, readDoc(t)) {
		if block.lang != "yaml" {
			continue
		}
		var doc map[string]any
		if err := yaml.Unmarshal([]byte(block.body), &doc); err != nil {
			t.Errorf("the yaml block at line %d does not parse: %v", block.line, err)
			continue
		}
		switch {
		case doc["repos"] != nil:
			kinds["pre-commit"]++
			checkPreCommitConfig(t, block)
		case doc["jobs"] != nil:
			kinds["workflow"]++
			checkWorkflow(t, block, a)
		case doc["files"] != nil:
			kinds["addlint config"]++
		default:
			kinds["gitlab"]++
			checkGitLabJobs(t, block)
		}
	}
	for _, kind := range []string{"pre-commit", "workflow", "gitlab", "addlint config"} {
		if kinds[kind] == 0 {
			t.Errorf("no %s example found", kind)
		}
	}
}

// checkPreCommitConfig checks a .pre-commit-config.yaml snippet.
func checkPreCommitConfig(t *testing.T, block codeBlock) {
	t.Helper()
	var cfg struct {
		Repos []struct {
			Repo  string `yaml:"repo"`
			Rev   string `yaml:"rev"`
			Hooks []struct {
				ID   string   `yaml:"id"`
				Args []string `yaml:"args"`
			} `yaml:"hooks"`
		} `yaml:"repos"`
	}
	if err := yaml.Unmarshal([]byte(block.body), &cfg); err != nil {
		t.Fatalf("line %d: %v", block.line, err)
	}
	if len(cfg.Repos) != 1 || cfg.Repos[0].Repo != "https://github.com/addlint/addlint" || cfg.Repos[0].Rev == "" {
		t.Errorf("line %d: want one repo, https://github.com/addlint/addlint, with a rev", block.line)
		return
	}
	for _, h := range cfg.Repos[0].Hooks {
		if h.ID != "addlint" {
			t.Errorf("line %d: hook id %q is not in .pre-commit-hooks.yaml", block.line, h.ID)
		}
		for _, arg := range h.Args {
			if strings.HasPrefix(arg, "--") && !lintHasFlag(t, strings.TrimPrefix(arg, "--")) {
				t.Errorf("line %d: args flag %s is not a flag of addlint lint", block.line, arg)
			}
		}
	}
}

// checkWorkflow checks a GitHub Actions workflow: its uses of this action
// pass only declared inputs, and an uploaded SARIF file is one the action
// writes.
func checkWorkflow(t *testing.T, block codeBlock, a *action) {
	t.Helper()
	var wf struct {
		On   any `yaml:"on"`
		Jobs map[string]struct {
			RunsOn string       `yaml:"runs-on"`
			Steps  []actionStep `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(block.body), &wf); err != nil {
		t.Fatalf("line %d: %v", block.line, err)
	}
	if wf.On == nil {
		t.Errorf("line %d: the workflow has no trigger (on)", block.line)
	}
	for name, job := range wf.Jobs {
		if job.RunsOn == "" || len(job.Steps) == 0 {
			t.Errorf("line %d: job %s needs runs-on and steps", block.line, name)
		}
		sarif := ""
		for _, step := range job.Steps {
			switch {
			case strings.HasPrefix(step.Uses, "addlint/addlint@"):
				for input, value := range step.With {
					if _, ok := a.Inputs[input]; !ok {
						t.Errorf("line %d: input %s is not declared in action.yml", block.line, input)
					}
					if input == "sarif-file" {
						sarif = value
					}
				}
			case strings.HasPrefix(step.Uses, "github/codeql-action/upload-sarif@"):
				if step.With["sarif_file"] == "" || step.With["sarif_file"] != sarif {
					t.Errorf("line %d: upload-sarif uploads %q, but the addlint step writes %q", block.line, step.With["sarif_file"], sarif)
				}
			}
		}
	}
}

// outputFlag finds the file a command line writes with --output.
var outputFlag = regexp.MustCompile(`--output[ =](\S+)`)

// checkGitLabJobs checks GitLab CI jobs: a JUnit report artifact is the
// file the job's addlint command writes in the junit format.
func checkGitLabJobs(t *testing.T, block codeBlock) {
	t.Helper()
	var jobs map[string]struct {
		Script    []string `yaml:"script"`
		Artifacts struct {
			Reports struct {
				JUnit string `yaml:"junit"`
			} `yaml:"reports"`
		} `yaml:"artifacts"`
	}
	if err := yaml.Unmarshal([]byte(block.body), &jobs); err != nil {
		t.Fatalf("line %d: %v", block.line, err)
	}
	for name, job := range jobs {
		if len(job.Script) == 0 {
			t.Errorf("line %d: job %s has no script", block.line, name)
		}
		written := ""
		for _, line := range job.Script {
			if m := outputFlag.FindStringSubmatch(line); m != nil && strings.Contains(line, "--format junit") {
				written = m[1]
			}
		}
		if job.Artifacts.Reports.JUnit == "" || job.Artifacts.Reports.JUnit != written {
			t.Errorf("line %d: job %s reports %q as JUnit, but writes %q", block.line, name, job.Artifacts.Reports.JUnit, written)
		}
	}
}

// lintHasFlag reports whether `addlint lint` has the flag name, from its
// help.
func lintHasFlag(t *testing.T, name string) bool {
	t.Helper()
	var stdout, stderr strings.Builder
	if code := cliMain([]string{"lint", "--help"}, &stdout, &stderr); code != 0 {
		t.Fatalf("addlint lint --help exited %d: %s", code, stderr.String())
	}
	return strings.Contains(stdout.String(), "--"+name+" ")
}

// cliMain runs addlint in the test process.
func cliMain(args []string, stdout, stderr io.Writer) int {
	return cli.Main(args, strings.NewReader(""), stdout, stderr)
}

// docCommand finds an addlint command in a line of a code block.
var docCommand = regexp.MustCompile(`(?:^|[\s(])(addlint (?:lint|init|completion|explain|rules|parse|test|version)\b[^#>|)]*)`)

// TestIntegrationsCommandsAreTested checks that every addlint command of
// the page runs in one of the CLI's test scripts (quotes aside).
func TestIntegrationsCommandsAreTested(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join("..", "..", "testdata", "script", "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	tested := map[string]bool{}
	for _, path := range scripts {
		raw, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(raw), "\n") {
			line = strings.TrimPrefix(strings.TrimSpace(line), "! ")
			if rest, ok := strings.CutPrefix(line, "exec "); ok {
				tested[normalizeCommand(rest)] = true
			}
		}
	}
	found := 0
	for _, block := range fencedBlocks(t, readDoc(t)) {
		for _, line := range strings.Split(block.body, "\n") {
			m := docCommand.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			found++
			if command := normalizeCommand(m[1]); !tested[command] {
				t.Errorf("docs/integrations.md (block at line %d): %q runs in no testdata/script/*.txtar", block.line, command)
			}
		}
	}
	if found < 10 {
		t.Errorf("found %d addlint commands in docs/integrations.md; the pattern misses some", found)
	}
}

// normalizeCommand drops quotes and repeated spaces.
func normalizeCommand(command string) string {
	command = strings.NewReplacer(`"`, "", "'", "").Replace(command)
	return strings.Join(strings.Fields(command), " ")
}
