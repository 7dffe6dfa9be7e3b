"""Vocabulary of operational software: field service, asset management, dispatch.

Utilities, telecoms, facilities, construction and transport write asks in the words of
their operations: telemetry from SCADA tags and historians, GPS from telematics, meter
reads from an AMI head-end, GIS assets, crews, jobs and dispatch queues. The systems
and protocols below are data movement when named; the crew and work nouns are what
the operational shapes in promises.tagging_rules_logic and promises.tagging_rules_data
act on. Same conventions as promises.tagging_vocab: whole families, matched as phrases
(case-insensitive, plural allowed, spaces and hyphens interchangeable).
"""

from __future__ import annotations

# Operational technology and field systems: naming one makes data movement concrete.
OT_SYSTEMS = (
    "scada", "opc ua", "opc da", "opc-ua", "modbus", "dnp3", "iec 61850", "iec 104",
    "bacnet", "lonworks", "osisoft", "osisoft pi", "aveva pi", "pi historian",
    "pi system", "historian", "ami head-end", "head-end system", "meter data management",
    "mdms", "itron", "landis+gyr", "sensus", "arcgis", "esri", "qgis", "smallworld",
    "samsara", "geotab", "verizon connect", "teletrac", "fleetio", "telematics",
    "maximo", "ibm maximo", "sap pm", "sap plant maintenance", "infor eam", "hxgn eam",
    "cityworks", "cartegraph", "assetworks", "ifs cloud", "oracle wam", "clicksoftware",
    "cad system", "computer-aided dispatch", "ptc thingworx", "aws iot", "azure iot",
    # Weighing and dimensioning equipment a warehouse reads from (batch 111).
    "mettler toledo", "cubiscan", "weigh-tronix", "rice lake scales", "fairbanks scales",
)  # fmt: skip
# Instruments a reading is taken from: "carton weights straight from their scales".
INSTRUMENTS = (
    r"(?:scales?|dimensioners?|weighbridges?|load\s+cells?|sensors?|probes?|gauges?|plcs?"
    r"|thermometers?|data\s+loggers?|meters?)"
)

# People who do the field work, and the work they are given.
CREWS = (
    r"(?:crews?|technicians?|techs?|engineers?|drivers?|vans?|trucks?|vehicles?|teams?"
    r"|workers?|inspectors?|fitters?|operatives?|contractors?|subcontractors?|linemen"
    r"|linesmen|electricians?|plumbers?|installers?|riggers?|resources?)"
)
FIELD_WORK = (
    r"(?:jobs?|work\s+orders?|tasks?|visits?|inspections?|call-?outs?|callouts?|repairs?"
    r"|appointments?|maintenance|services?|exchanges?|installs?|installations?"
    r"|shifts?|overtime|emergenc(?:y|ies)|faults?|outages?|tickets?)"
)
# What a step can demand as evidence before it is done.
EVIDENCE = (
    r"(?:photos?|photographs?|pictures?|images?|signatures?|readings?|evidence|attachments?"
    r"|geo-?tags?|gps\s+stamps?|time-?stamps?|barcode\s+scans?|serial\s+numbers?"
    r"|checklists?|risk\s+assessments?)"
)
# Pay and cost rules a calculation applies: custom logic when named.
PAY_RULES = (
    "multiplier", "shift differential", "time and a half", "time-and-a-half",
    "double time", "overtime rate", "penalty rate", "call-out rate", "callout rate",
    "standby allowance", "shift allowance",
)  # fmt: skip
