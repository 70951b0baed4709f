from bilan.cli.main import main

main()
