package report

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestGolden(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			checkGolden(t, format+".golden", render(t, format, Options{}, fixtureInput()))
		})
	}
	t.Run("text-color", func(t *testing.T) {
		checkGolden(t, "text-color.golden", render(t, FormatText, Options{Color: true}, fixtureInput()))
	})
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := New("yaml", Options{})
	if err == nil {
		t.Fatal("New(yaml) succeeded")
	}
	for _, format := range Formats() {
		if !strings.Contains(err.Error(), format) {
			t.Errorf("error %q does not list format %q", err, format)
		}
	}
}

func TestEveryFormatIsDeterministicAndHandlesEmptyInput(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			first := render(t, format, Options{}, fixtureInput())
			second := render(t, format, Options{}, fixtureInput())
			if !bytes.Equal(first, second) {
				t.Error("two runs on the same input differ")
			}
			render(t, format, Options{}, Input{})
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestWriteErrorsAreReturned(t *testing.T) {
	for _, format := range Formats() {
		t.Run(format, func(t *testing.T) {
			w, err := New(format, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := w.Write(failingWriter{}, fixtureInput()); !errors.Is(err, errDiskFull) {
				t.Errorf("Write to a failing writer returned %v, want an error wrapping %v", err, errDiskFull)
			}
		})
	}
}

func TestSummarize(t *testing.T) {
	got := Summarize(fixtureInput())
	want := Summary{Files: 2, Errors: 2, Warnings: 2, Infos: 1, FileErrors: 1}
	if got != want {
		t.Errorf("Summarize = %+v, want %+v", got, want)
	}
}

func TestSummaryString(t *testing.T) {
	tests := []struct {
		summary Summary
		want    string
	}{
		{Summary{}, "No problems found in 0 files"},
		{Summary{Files: 1}, "No problems found in 1 file"},
		{Summary{Files: 4, Errors: 3, Warnings: 2, Infos: 1}, "3 errors, 2 warnings, 1 info in 4 files"},
		{Summary{Files: 1, Errors: 1, Warnings: 1, Infos: 2}, "1 error, 1 warning, 2 infos in 1 file"},
		{Summary{Files: 2, Warnings: 5}, "5 warnings in 2 files"},
		{Summary{Files: 2, FileErrors: 1}, "No problems found in 2 files; 1 file could not be linted"},
		{Summary{Files: 3, Infos: 1, FileErrors: 2}, "1 info in 3 files; 2 files could not be linted"},
	}
	for _, tt := range tests {
		if got := tt.summary.String(); got != tt.want {
			t.Errorf("%+v.String() = %q, want %q", tt.summary, got, tt.want)
		}
	}
}
