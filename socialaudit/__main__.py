from socialaudit.app.cli import main

main()
