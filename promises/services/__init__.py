from promises.services.ask_changes import ask_edit, ask_tags_correct, ask_withdraw
from promises.services.asks import ask_submit
from promises.services.deals import deal_create, deal_share
from promises.services.evidence import comment_add, evidence_add_file, evidence_add_link
from promises.services.rules import rule_create, rule_update

__all__ = [
    "ask_edit",
    "ask_submit",
    "ask_tags_correct",
    "ask_withdraw",
    "comment_add",
    "deal_create",
    "deal_share",
    "evidence_add_file",
    "evidence_add_link",
    "rule_create",
    "rule_update",
]
