"""Document -> Resume: sections, contact, experience, education, skills (pure functions)."""
