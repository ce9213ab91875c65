"""Charts: the HTML roadmap's gantt (SVG), each KPI over time (SVG), and Mermaid."""
