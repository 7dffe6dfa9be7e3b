from promises.services.asks import ask_edit, ask_submit, ask_tags_correct, ask_withdraw
from promises.services.deals import deal_create, deal_share
from promises.services.rules import rule_create, rule_update

__all__ = [
    "ask_edit",
    "ask_submit",
    "ask_tags_correct",
    "ask_withdraw",
    "deal_create",
    "deal_share",
    "rule_create",
    "rule_update",
]
