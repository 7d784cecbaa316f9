"""The fixed vocabularies of the workbook, with the labels a user sees.

Stored values are short ids; labels may change without a migration.
"""

STAGES = {"screen": "Screening", "first": "First interview", "second": "Second interview",
          "final": "Final interview"}
FORMATS = {"phone": "Phone", "video": "Video", "panel": "Panel", "in_person": "In person"}
OUTCOMES = {"waiting": "Waiting to hear", "rejected": "Rejected", "offer": "Offer",
            "declined": "I declined", "withdrew": "I withdrew"}
QUESTION_CATEGORIES = {
    "about_you": "About you",
    "motivation_fit": "Motivation and fit",
    "behavioural": "Behavioural",
    "situational": "Situational",
    "role_knowledge": "Role knowledge",
    "customer_service": "Customer service",
    "curveball": "Curveball",
}
RECALL = {"sure": "Sure", "roughly": "Roughly", "vague": "Vague"}
RATER_ROLES = {"candidate": "Candidate", "coach": "Coach"}
PERSON_ROLES = RATER_ROLES
ENERGY = {"drains": "Drains me", "neutral": "Neutral", "energises": "Energises me"}
DEVELOP = {"yes": "Yes", "maybe": "Maybe", "no": "No"}
ASK_STATUS = {"planned": "Planned", "dropped": "Dropped", "asked": "Asked"}
DECISIONS = {"take": "Take it", "stepping_stone": "Take it as a stepping stone",
             "decline": "Decline"}
REQUIREMENT_STATUS = {"met": "Met", "partly": "Partly", "not_yet": "Not yet"}
# Duty tags the job-fit worksheet offers (ids match coachkit.analysis.job_fit's tags).
# Every tag brings up its own questions to ask, so all of them are offered (issue 16).
DUTY_TAGS = {"public_facing": "Public-facing", "interruptions": "Interruptions",
             "detail": "Detail work", "own_pace": "Own pace", "phones": "Phones",
             "creative": "Creative work", "presenting": "Presenting", "cash": "Cash",
             "conflict": "Complaints", "physical": "Physical", "shifts": "Shifts"}
PRESENTATION_FACTORS = {
    "cv_tailored": "CV tailored to the job",
    "research": "Research on the organisation",
    "attire": "Attire",
    "posture": "Posture and body language",
    "eye_contact": "Eye contact",
    "rapport": "Rapport",
    "questions_asked": "Questions asked at the end",
}
