"""The documents the office hands out: practice card, programme, sign-in sheet, attestati and the
Excel roster."""
