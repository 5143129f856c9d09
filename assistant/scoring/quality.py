"""Resume-quality components that do not depend on the job: parseability, bullet quality, format."""

from __future__ import annotations

from assistant.jobs.instructions import looks_like_instruction
from assistant.resume.models import Resume
from assistant.scoring.base import ComponentResult, clip, slug
from assistant.scoring.bullets import PENALTY_ACTION_VERB, PENALTY_LENGTH, PENALTY_QUANTIFIED, assess_bullet
from assistant.scoring.models import ReportWarning

MAX_EXAMPLES = 3


def parseability_component(resume: Resume) -> ComponentResult:
    """What an ATS can read: a text layer, no hidden text, one column, no tables, findable contact."""
    result = ComponentResult("parseability")
    layout = resume.layout
    if not layout.has_text_layer:
        result.lose(
            "no_text_layer",
            "high",
            100.0,
            "The file has no text layer: an ATS sees a blank page.",
            "Export the resume from your editor as a text PDF or DOCX instead of a scan or an image.",
        )
    if layout.hidden_text:
        words = sum(len(item.text.split()) for item in layout.hidden_text)
        result.lose(
            "hidden_text",
            "high",
            50.0,
            f"The file contains {words} words of hidden text (white, tiny or off-page). It earns "
            "nothing here, and ATSs and recruiters treat it as keyword stuffing.",
            "Delete the hidden text; put real, visible keywords in your skills and bullets instead.",
            tuple(clip(item.text, 80) for item in layout.hidden_text[:MAX_EXAMPLES]),
        )
    if layout.columns > 1:
        result.lose(
            "multi_column",
            "medium",
            20.0,
            f"The layout has {layout.columns} columns; many ATSs read across columns and scramble the text.",
            "Use a single-column layout; move sidebar content (skills, contact) into the main column.",
            tuple(f"page {p}" for p in layout.multi_column_pages[:MAX_EXAMPLES]),
        )
    for count, item_id, penalty, noun, fix in (
        (layout.table_count, "tables", 15.0, "table", "Replace tables with plain lines and bullets."),
        (layout.text_box_count, "text_boxes", 15.0, "text box", "Move text out of text boxes into the body."),
        (
            layout.image_count,
            "images",
            5.0,
            "image",
            "Remove photos, icons and skill bars; ATSs cannot read them.",
        ),
    ):
        if count:
            result.lose(
                item_id,
                "medium" if penalty > 5 else "low",
                penalty,
                f"The file has {count} {noun}{'s' if count > 1 else ''}; ATSs often misread or drop "
                "their content.",
                fix,
            )
    contact = resume.contact
    if not contact.email:
        result.lose(
            "contact_email_missing",
            "high",
            15.0,
            "No email address found.",
            "Put your email on its own line at the top of the page.",
        )
    if not contact.phone:
        result.lose(
            "contact_phone_missing",
            "medium",
            10.0,
            "No phone number found.",
            "Add a phone number at the top of the page.",
        )
    if contact.only_in_header_footer:
        result.lose(
            "contact_in_header_footer",
            "medium",
            15.0,
            "Your " + ", ".join(contact.only_in_header_footer) + " appear only in the page header/footer, "
            "which many ATSs skip.",
            "Move your contact details into the body of the page, under your name.",
            tuple(clip(x, 80) for x in resume.layout.header_footer_text[:MAX_EXAMPLES]),
        )
    odd = [s for s in resume.sections if s.name == "other" and s.heading.strip()]
    for section in odd[:MAX_EXAMPLES]:
        result.lose(
            f"nonstandard_heading:{slug(section.heading)}",
            "low",
            5.0,
            f'The heading "{section.heading}" is not one ATSs recognise.',
            "Use standard headings: Summary, Experience, Education, Skills, Certifications, Projects.",
            (clip(section.heading, 80),),
        )
    if not resume.sections and resume.text.strip():
        result.lose(
            "no_standard_headings",
            "medium",
            25.0,
            "No standard section headings were found, so an ATS cannot tell experience from education.",
            "Add the headings Experience, Education and Skills above those parts of the resume.",
        )
    result.summary = (
        "Readable by an ATS." if not result.losses else f"{len(result.losses)} parseability issues."
    )
    return result


def bullet_component(resume: Resume) -> ComponentResult:
    """The mean bullet score, its loss attributed to the failed checks across all bullets."""
    result = ComponentResult("bullet_quality")
    bullets = [b for b in resume.bullets if b.strip()]
    if not bullets:
        result.lose(
            "no_bullets",
            "high",
            100.0,
            "No experience bullets were found.",
            "Under each role, add 3-6 bullets that start with an action verb and show a measurable result.",
        )
        result.summary = "No bullets."
        return result
    assessed = [(b, assess_bullet(b)) for b in bullets]
    n = len(assessed)
    for check, penalty, item_id, message, fix in (
        (
            "action_verb",
            PENALTY_ACTION_VERB,
            "bullets_no_action_verb",
            "bullets do not start with a strong action verb",
            'Start each bullet with a past-tense action verb ("Led", "Reduced", "Built"), '
            'not "Responsible for".',
        ),
        (
            "quantified",
            PENALTY_QUANTIFIED,
            "bullets_not_quantified",
            "bullets show no number",
            "Add the result in numbers where you truthfully can: %, $, time saved, volume, users, team size.",
        ),
        (
            "length_ok",
            PENALTY_LENGTH,
            "bullets_length",
            f"bullets are shorter than {8} or longer than {30} words",
            "Aim for one line of 8-30 words: action, what you did, the result.",
        ),
    ):
        failing = [b for b, a in assessed if not getattr(a, check)]
        if failing:
            result.lose(
                item_id,
                "medium" if len(failing) * 2 > n else "low",
                penalty * len(failing) / n,
                f"{len(failing)} of {n} {message}.",
                fix,
                tuple(clip(b, 100) for b in failing[:MAX_EXAMPLES]),
            )
    mean = sum(a.score for _b, a in assessed) / n
    result.summary = f"{n} bullets, average {mean:.0f}/100."
    return result


def format_component(resume: Resume) -> ComponentResult:
    """Sections present, length that fits the experience, and dates that are present and consistent."""
    result = ComponentResult("format")
    present = {s.name for s in resume.sections}
    for name, penalty, has in (
        ("experience", 30.0, bool(resume.experience) or "experience" in present),
        ("education", 15.0, bool(resume.education) or "education" in present),
        ("skills", 15.0, bool(resume.skills) or "skills" in present),
    ):
        if not has:
            result.lose(
                f"section_missing:{name}",
                "high" if name == "experience" else "medium",
                penalty,
                f"No {name.capitalize()} section was found.",
                f'Add a section headed "{name.capitalize()}".',
            )
    pages, years = resume.layout.page_count, resume.total_years_experience
    if pages > 3 or (pages > 2 and years < 10) or (pages > 1 and years < 3):
        result.lose(
            "length_for_experience",
            "medium",
            20.0,
            f"{pages} pages for {years:g} years of experience; recruiters expect one page under ~5 years and "
            "two at most under ~10.",
            "Cut older and less relevant bullets until it fits.",
        )
    words = len(resume.text.split())
    if resume.text.strip() and words < 150:
        result.lose(
            "too_short",
            "medium",
            20.0,
            f"The resume has only {words} words; there is too little for an ATS or a recruiter to match.",
            "Describe each role with 3-6 bullets and add a skills section.",
        )
    undated = [e for e in resume.experience if not e.start]
    if undated:
        result.lose(
            "dates_missing",
            "medium",
            min(30.0, 10.0 * len(undated)),
            f"{len(undated)} role(s) have no start date an ATS can read.",
            "Give every role a start and end date in one format, e.g. 03/2019 - 06/2023.",
            tuple(clip(e.title or e.company or "", 80) for e in undated[:MAX_EXAMPLES]),
        )
    backwards = [e for e in resume.experience if e.start and e.end and not e.current and e.end < e.start]
    if backwards:
        result.lose(
            "dates_inconsistent",
            "medium",
            15.0,
            f"{len(backwards)} role(s) end before they start.",
            "Check the dates of these roles.",
            tuple(clip(f"{e.title or e.company}: {e.start} - {e.end}", 80) for e in backwards[:MAX_EXAMPLES]),
        )
    starts = [e.start for e in resume.experience if e.start]
    if len(starts) >= 2 and starts != sorted(starts, reverse=True):
        result.lose(
            "not_reverse_chronological",
            "low",
            10.0,
            "Roles are not listed most recent first.",
            "Order roles from the most recent to the oldest.",
        )
    result.summary = "Well-formed." if not result.losses else f"{len(result.losses)} format issues."
    return result


def resume_warnings(resume: Resume) -> list[ReportWarning]:
    """Things to flag whatever the job: hidden text, no text layer, instructions aimed at an AI."""
    warnings: list[ReportWarning] = []
    if resume.layout.hidden_text:
        warnings.append(
            ReportWarning(
                id="hidden_text",
                severity="high",
                message="Hidden text found (white, tiny or off-page). It was ignored for scoring; "
                "recruiters who spot it usually reject the resume.",
            )
        )
    if not resume.layout.has_text_layer:
        warnings.append(
            ReportWarning(
                id="no_text_layer", severity="high", message="No text layer: ATSs cannot read this file."
            )
        )
    if looks_like_instruction(resume.text) or any(
        looks_like_instruction(h.text) for h in resume.layout.hidden_text
    ):
        warnings.append(
            ReportWarning(
                id="instruction_text",
                severity="medium",
                message="The resume contains text addressed to an AI screener. It changes nothing in this "
                "score and reads as manipulation to a recruiter; remove it.",
            )
        )
    return warnings
