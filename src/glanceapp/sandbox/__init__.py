"""Local stand-ins for Atlassian: a fake Jira Cloud site for the tests and `glanceapp sandbox`.

Nothing here is imported by the product; it depends on nothing else in glanceapp so it
can judge the app's protocol code instead of sharing its mistakes.
"""
