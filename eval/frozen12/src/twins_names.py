# First names of supported children / family members used in the posts (hand-kept list).
SUPPORTED_FIRST_NAMES = [
 "Ffion", "Cerys", "Kerry-Ann", "Oisín", "Niamh", "Orla", "Callum", "Isla", "Lisa",
 "Poppy", "Reuben", "Stacey", "Kayden", "Jayden", "Danielle", "Mason", "Lacey",
 "Yusuf", "Zainab", "Amina", "Ruby", "Rosie", "Rafe", "Hayley", "Lola-Rose", "Maisie",
 "Eliza", "Bobbi", "Marek", "Alfie", "Archie", "Chioma", "Amara", "Tegan", "Kacey",
 "Brooke", "Bailey", "Jodie", "Dylan",
]
SUPPORTED_SURNAMES = ["McAllister", "Dunne", "Kowalski", "Okafor", "Kelly", "Milburn"]
# about 60% of the first names; the rest the tool must find without a register
REGISTER = [
 "Ffion", "Cerys", "Kerry-Ann", "Oisín", "Callum", "Isla", "Poppy", "Reuben", "Kayden",
 "Danielle", "Mason", "Lacey", "Yusuf", "Zainab", "Ruby", "Rafe", "Lola-Rose", "Maisie",
 "Eliza", "Alfie", "Tegan", "Brooke", "Dylan",
]
