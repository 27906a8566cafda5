"""The demo staff's sign-in details, as load_demo_reports writes them."""


def read_demo_staff(path):
    """{username: {"password": ..., "codes": [...]}} from demo-staff.txt."""
    staff, current = {}, None
    lines = path.read_text().splitlines()
    for index, line in enumerate(lines):
        if line and not line.startswith(" ") and "(" in line:
            name = line.split()[0]
            current = staff.setdefault(name, {"username": name, "codes": []})
        elif current is not None and line.strip().startswith("password:"):
            current["password"] = line.split(":", 1)[1].strip()
        elif current is not None and "backup codes" in line:
            current["codes"] = lines[index + 1].split()
    return staff
