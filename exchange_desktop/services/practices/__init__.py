"""The practices the office keeps, their programme, and the sample practice."""
