package addlint.lib_test

import data.addlint.lib

test_normalize_title_cases if {
	cases := {
		"Executive Summary": "executive summary",
		"## 3. Executive Summary:": "executive summary",
		"6.1.2 API Design": "api design",
		"3.Executive Summary": "executive summary",
		"III. Data Flow": "data flow",
		"A. Scope": "scope",
		"1) Context": "context",
		"2 - Context": "context",
		"🏗️ Tech Stack 🚀": "tech stack",
		"**Tech Stack**": "tech stack",
		"  Monitoring   &  Observability ": "monitoring & observability",
		"Quality Checklist (Definition of Done)": "quality checklist (definition of done)",
		"Executive Summary (核心愿景)": "executive summary (核心愿景)",
		"Foo)": "foo",
		"3D Rendering": "3d rendering",
		"2FA Design": "2fa design",
		"API": "api",
		"": "",
		"🚀": "",
	}
	every text, want in cases {
		lib.normalize_title(text) == want
	}
}

test_filler if {
	every text in ["", "  ", "-", "N/A", "none", "TBD", "?", "…", "[Rationale]", " [Name/Team] "] {
		lib.filler(text)
	}
}

test_not_filler if {
	every text in ["Fast reads", "MySQL", "[a] and [b]", "none of the above"] {
		not lib.filler(text)
	}
}

test_placeholder_text if {
	lib.placeholder_text("[System Name]")
	not lib.placeholder_text("Payments Gateway")
	not lib.placeholder_text("")
}
