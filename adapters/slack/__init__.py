"""The Slack adapter: slack-bolt's AsyncApp translating commands, DMs, mentions and buttons into core calls."""
