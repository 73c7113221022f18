from kzgraph.cli import main

main()
