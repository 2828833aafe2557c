# ruff: noqa: E501  (one state per line reads better than wrapped rows)
"""Curated state rows for tools/build_reference.py (not imported at run time).

One line per state: ISO3 ; short name ; official name ; aliases ; demonyms ; capital ; other cities.
Lists inside a field are separated by "|". ISO alpha-2 and numeric codes are filled in from
pycountry by the builder; names, aliases, demonyms, capitals and cities are written by hand.
"""

STATE_ROWS = """
AFG;Afghanistan;Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan;Afghan;Kabul;Kandahar|Herat|Mazar-i-Sharif|Jalalabad
ALB;Albania;Republic of Albania;;Albanian;Tirana;Tirane|Durres|Durrës
DZA;Algeria;People's Democratic Republic of Algeria;;Algerian;Algiers;Oran
AND;Andorra;Principality of Andorra;;Andorran;Andorra la Vella;
AGO;Angola;Republic of Angola;;Angolan;Luanda;
ATG;Antigua and Barbuda;Antigua and Barbuda;Antigua;Antiguan|Barbudan;St. John's;Saint John's
ARG;Argentina;Argentine Republic;;Argentine|Argentinian|Argentinean;Buenos Aires;Rosario|Mendoza|Bariloche|Ushuaia
ARM;Armenia;Republic of Armenia;;Armenian;Yerevan;Erevan|Gyumri|Vanadzor
AUS;Australia;Commonwealth of Australia;;Australian;Canberra;Sydney|Melbourne|Brisbane|Perth|Adelaide|Darwin|Hobart
AUT;Austria;Republic of Austria;;Austrian;Vienna;Wien|Salzburg|Innsbruck|Graz|Linz
AZE;Azerbaijan;Republic of Azerbaijan;;Azerbaijani|Azeri;Baku;Ganja|Gabala|Qabala|Shusha|Sumgait|Nakhchivan|Lankaran
BHS;Bahamas;Commonwealth of The Bahamas;The Bahamas;Bahamian;Nassau;
BHR;Bahrain;Kingdom of Bahrain;;Bahraini;Manama;
BGD;Bangladesh;People's Republic of Bangladesh;;Bangladeshi;Dhaka;Dacca|Chittagong|Chattogram
BRB;Barbados;Barbados;;Barbadian|Bajan;Bridgetown;
BLR;Belarus;Republic of Belarus;Byelorussia|Belorussia|Republic of Belarus|Byelorussian SSR;Belarusian|Belarussian|Byelorussian|Belorussian;Minsk;Brest|Gomel|Homel|Grodno|Hrodna|Vitebsk|Vitsebsk|Mogilev|Mahilyow|Babruysk|Bobruisk
BEL;Belgium;Kingdom of Belgium;;Belgian;Brussels;Bruxelles|Antwerp|Ghent|Liege|Liège|Bruges
BLZ;Belize;Belize;;Belizean;Belmopan;Belize City
BEN;Benin;Republic of Benin;;Beninese;Porto-Novo;Cotonou
BTN;Bhutan;Kingdom of Bhutan;;Bhutanese;Thimphu;
BOL;Bolivia;Plurinational State of Bolivia;Bolivia, Plurinational State of;Bolivian;Sucre;La Paz|Cochabamba|El Alto
BIH;Bosnia and Herzegovina;Bosnia and Herzegovina;Bosnia|Bosnia-Herzegovina|BiH;Bosnian|Bosnian Herzegovinian;Sarajevo;Banja Luka|Mostar|Tuzla
BWA;Botswana;Republic of Botswana;;Botswanan|Motswana|Batswana;Gaborone;
BRA;Brazil;Federative Republic of Brazil;Brasil;Brazilian;Brasília;Brasilia|Rio de Janeiro|Rio|Sao Paulo|São Paulo|Salvador|Belem|Belém|Fortaleza|Recife|Manaus|Porto Alegre
BRN;Brunei;Brunei Darussalam;Nation of Brunei;Bruneian;Bandar Seri Begawan;
BGR;Bulgaria;Republic of Bulgaria;;Bulgarian;Sofia;Varna|Plovdiv|Burgas
BFA;Burkina Faso;Burkina Faso;Burkina|Upper Volta;Burkinabe|Burkinabè;Ouagadougou;Bobo-Dioulasso
BDI;Burundi;Republic of Burundi;;Burundian;Gitega;Bujumbura
CPV;Cabo Verde;Republic of Cabo Verde;Cape Verde;Cabo Verdean|Cape Verdean|Cape Verdian;Praia;
KHM;Cambodia;Kingdom of Cambodia;Kampuchea;Cambodian|Khmer;Phnom Penh;Siem Reap|Sihanoukville
CMR;Cameroon;Republic of Cameroon;;Cameroonian;Yaoundé;Yaounde|Douala
CAN;Canada;Canada;;Canadian;Ottawa;Toronto|Montreal|Montréal|Vancouver|Quebec City|Québec City|Calgary|Halifax|Edmonton|Winnipeg
CAF;Central African Republic;Central African Republic;CAR|Centrafrique;Central African;Bangui;
TCD;Chad;Republic of Chad;Tchad;Chadian;N'Djamena;Ndjamena
CHL;Chile;Republic of Chile;;Chilean;Santiago;Valparaiso|Valparaíso|Vina del Mar|Viña del Mar|Antofagasta
CHN;China;People's Republic of China;PRC|P.R.C.|Mainland China;Chinese;Beijing;Peking|Shanghai|Guangzhou|Canton|Shenzhen|Xi'an|Xian|Hangzhou|Qingdao|Tianjin|Chengdu|Chongqing|Wuhan|Xiamen|Boao|Dalian|Urumqi|Kunming|Nanjing|Harbin|Hong Kong|Macau|Macao|Lhasa|Sanya|Changchun|Jilin|Tunxi|Huangshan|Fuzhou|Nanning|Zhengzhou|Shenyang|Hohhot|Tianjin Binhai
COL;Colombia;Republic of Colombia;;Colombian;Bogotá;Bogota|Medellin|Medellín|Cali|Barranquilla
COM;Comoros;Union of the Comoros;the Comoros|Comoro Islands;Comoran|Comorian;Moroni;
COG;Republic of the Congo;Republic of the Congo;Congo-Brazzaville|Congo Brazzaville|Republic of Congo|Congo Republic|Congo (Brazzaville);;Brazzaville;Pointe-Noire
COD;DR Congo;Democratic Republic of the Congo;Democratic Republic of Congo|DRC|DR Congo|D.R. Congo|DRCongo|Congo-Kinshasa|Congo Kinshasa|Congo, The Democratic Republic of the|Zaire;;Kinshasa;Goma|Lubumbashi|Kisangani|Bukavu
CRI;Costa Rica;Republic of Costa Rica;;Costa Rican;San José;San Jose
CIV;Ivory Coast;Republic of Côte d'Ivoire;Côte d'Ivoire|Cote d'Ivoire|Cote dIvoire|Côte d’Ivoire;Ivorian|Ivoirian;Yamoussoukro;Abidjan|Bouake|Bouaké
HRV;Croatia;Republic of Croatia;Hrvatska;Croatian|Croat|Croats;Zagreb;Dubrovnik|Rijeka
CUB;Cuba;Republic of Cuba;;Cuban;Havana;La Habana|Santiago de Cuba
CYP;Cyprus;Republic of Cyprus;;Cypriot|Cypriots;Nicosia;Limassol|Larnaca|Paphos
CZE;Czechia;Czech Republic;Czech Republic|the Czech Republic;Czech|Czechs;Prague;Praha|Brno|Ostrava
DNK;Denmark;Kingdom of Denmark;;Danish|Dane|Danes;Copenhagen;Aarhus|Odense
DJI;Djibouti;Republic of Djibouti;;Djiboutian;Djibouti;Djibouti City
DMA;Dominica;Commonwealth of Dominica;;;Roseau;
DOM;Dominican Republic;Dominican Republic;;Dominican;Santo Domingo;Punta Cana|Santiago de los Caballeros
ECU;Ecuador;Republic of Ecuador;;Ecuadorian|Ecuadorean;Quito;Guayaquil
EGY;Egypt;Arab Republic of Egypt;;Egyptian;Cairo;Alexandria|Sharm el-Sheikh|Sharm El Sheikh|Sharm al-Sheikh|Luxor|Aswan|Port Said|Ismailia|Suez|Hurghada|El Alamein|New Administrative Capital
SLV;El Salvador;Republic of El Salvador;;Salvadoran|Salvadorean;San Salvador;
GNQ;Equatorial Guinea;Republic of Equatorial Guinea;;Equatorial Guinean|Equatoguinean;Malabo;Bata|Ciudad de la Paz
ERI;Eritrea;State of Eritrea;;Eritrean;Asmara;Massawa|Assab
EST;Estonia;Republic of Estonia;;Estonian;Tallinn;Tartu|Narva
SWZ;Eswatini;Kingdom of Eswatini;Swaziland|Kingdom of Swaziland;Swazi|Liswati;Mbabane;Lobamba|Manzini
ETH;Ethiopia;Federal Democratic Republic of Ethiopia;Abyssinia;Ethiopian;Addis Ababa;Mekelle|Bahir Dar|Dire Dawa|Gondar
FJI;Fiji;Republic of Fiji;Fiji Islands;Fijian;Suva;Nadi
FIN;Finland;Republic of Finland;Suomi;Finnish|Finn|Finns;Helsinki;Turku|Tampere|Espoo|Oulu
FRA;France;French Republic;;French|Frenchman|Frenchmen|Frenchwoman;Paris;Brest|Marseille|Marseilles|Lyon|Lyons|Strasbourg|Nice|Bordeaux|Toulouse|Biarritz|Versailles|Deauville|Evian|Évian|Lille|Nantes|Cannes
GAB;Gabon;Gabonese Republic;;Gabonese;Libreville;Port-Gentil
GMB;Gambia;Republic of The Gambia;The Gambia;Gambian;Banjul;
GEO;Georgia;Georgia;Sakartvelo;Georgian;Tbilisi;Tiflis|Batumi|Kutaisi|Rustavi|Sukhumi|Sukhum|Tskhinvali|Gori
DEU;Germany;Federal Republic of Germany;Deutschland|FRG;German;Berlin;Bonn|Munich|München|Frankfurt|Frankfurt am Main|Hamburg|Cologne|Köln|Dresden|Leipzig|Stuttgart|Dusseldorf|Düsseldorf|Hanover|Hannover|Nuremberg|Bremen|Potsdam|Heiligendamm|Elmau|Ramstein|Garmisch-Partenkirchen|Meseberg
GHA;Ghana;Republic of Ghana;;Ghanaian;Accra;Kumasi|Tamale
GRC;Greece;Hellenic Republic;Hellas;Greek|Greeks|Hellenic;Athens;Thessaloniki|Salonika|Piraeus|Patras|Heraklion|Corfu|Rhodes
GRD;Grenada;Grenada;;Grenadian;St. George's;Saint George's
GTM;Guatemala;Republic of Guatemala;;Guatemalan;Guatemala City;Antigua Guatemala
GIN;Guinea;Republic of Guinea;Guinea-Conakry;Guinean;Conakry;
GNB;Guinea-Bissau;Republic of Guinea-Bissau;Guinea Bissau;Bissau-Guinean;Bissau;
GUY;Guyana;Co-operative Republic of Guyana;;Guyanese;Georgetown;
HTI;Haiti;Republic of Haiti;;Haitian;Port-au-Prince;Cap-Haitien|Cap-Haïtien
HND;Honduras;Republic of Honduras;;Honduran;Tegucigalpa;San Pedro Sula
HUN;Hungary;Hungary;Magyarorszag;Hungarian|Magyar;Budapest;Debrecen|Szeged|Pecs|Pécs
ISL;Iceland;Iceland;;Icelandic|Icelander;Reykjavík;Reykjavik|Akureyri
IND;India;Republic of India;Bharat;Indian;New Delhi;Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Agra|Varanasi|Kochi|Cochin|Pune|Srinagar|Gandhinagar|Jaipur|Amritsar
IDN;Indonesia;Republic of Indonesia;;Indonesian;Jakarta;Djakarta|Surabaya|Bandung|Bali|Denpasar|Nusa Dua|Yogyakarta|Medan|Makassar|Nusantara|Labuan Bajo
IRN;Iran;Islamic Republic of Iran;Persia|Iran, Islamic Republic of|I.R. Iran;Iranian|Persian;Tehran;Teheran|Isfahan|Esfahan|Mashhad|Meshed|Shiraz|Tabriz|Qom|Bushehr|Bandar Abbas|Ahvaz|Natanz
IRQ;Iraq;Republic of Iraq;;Iraqi;Baghdad;Basra|Basrah|Erbil|Irbil|Mosul|Najaf|Karbala|Kirkuk|Sulaymaniyah|Sulaimaniya|Fallujah
IRL;Ireland;Ireland;Republic of Ireland|Eire|Éire;Irish|Irishman|Irishmen;Dublin;Cork|Galway|Limerick
ISR;Israel;State of Israel;;Israeli;Jerusalem;Tel Aviv|Tel Aviv-Yafo|Haifa|Eilat|Beersheba|Be'er Sheva|Ashdod|Ashkelon|Nazareth
ITA;Italy;Italian Republic;Italia;Italian;Rome;Roma|Milan|Milano|Naples|Napoli|Florence|Firenze|Venice|Venezia|Turin|Torino|Genoa|Genova|Bologna|Palermo|Bari|Taormina|L'Aquila|Trieste|Borgo Egnazia
JAM;Jamaica;Jamaica;;Jamaican;Kingston;Montego Bay
JPN;Japan;Japan;Nippon|Nihon;Japanese;Tokyo;Osaka|Kyoto|Hiroshima|Nagasaki|Nagoya|Yokohama|Sapporo|Fukuoka|Kobe|Naha|Sendai|Niigata|Karuizawa
JOR;Jordan;Hashemite Kingdom of Jordan;;Jordanian;Amman;Aqaba|Zarqa|Irbid|Petra
KAZ;Kazakhstan;Republic of Kazakhstan;Kazakstan|Qazaqstan;Kazakh|Kazakhs|Kazakhstani|Kazakstani;Astana;Nur-Sultan|Nursultan|Akmola|Tselinograd|Almaty|Alma-Ata|Alma Ata|Shymkent|Chimkent|Aktau|Karaganda|Karagandy|Baikonur|Atyrau|Aktobe|Turkestan|Pavlodar|Uralsk
KEN;Kenya;Republic of Kenya;;Kenyan;Nairobi;Mombasa|Kisumu
KIR;Kiribati;Republic of Kiribati;;I-Kiribati;Tarawa;South Tarawa
KWT;Kuwait;State of Kuwait;;Kuwaiti;Kuwait City;
KGZ;Kyrgyzstan;Kyrgyz Republic;Kyrgyz Republic|Kirghizia|Kirgizia|Kyrgyzia|Kirghizstan;Kyrgyz|Kyrgyzstani|Kirghiz|Kirgiz;Bishkek;Frunze|Osh|Cholpon-Ata|Jalal-Abad|Karakol
LAO;Laos;Lao People's Democratic Republic;Lao PDR|Lao People's Democratic Republic;Lao|Laotian;Vientiane;Luang Prabang|Luang Phrabang
LVA;Latvia;Republic of Latvia;;Latvian|Lett;Riga;Daugavpils|Jurmala|Jūrmala
LBN;Lebanon;Lebanese Republic;;Lebanese;Beirut;Tyre|Sidon|Baalbek
LSO;Lesotho;Kingdom of Lesotho;;Basotho|Mosotho|Lesothan;Maseru;
LBR;Liberia;Republic of Liberia;;Liberian;Monrovia;
LBY;Libya;State of Libya;Libyan Arab Jamahiriya;Libyan;Tripoli;Benghazi|Misrata|Misurata|Sirte|Tobruk|Sabha
LIE;Liechtenstein;Principality of Liechtenstein;;Liechtensteiner|Liechtenstein;Vaduz;
LTU;Lithuania;Republic of Lithuania;;Lithuanian;Vilnius;Kaunas|Klaipeda|Klaipėda
LUX;Luxembourg;Grand Duchy of Luxembourg;Luxemburg;Luxembourgish|Luxembourger|Luxembourgian;Luxembourg;Luxembourg City|Luxembourg-Ville
MDG;Madagascar;Republic of Madagascar;;Malagasy|Madagascan;Antananarivo;Tananarive|Toamasina
MWI;Malawi;Republic of Malawi;Nyasaland;Malawian;Lilongwe;Blantyre
MYS;Malaysia;Malaysia;;Malaysian;Kuala Lumpur;Putrajaya|Penang|Johor Bahru|Kota Kinabalu|Kuching|Langkawi
MDV;Maldives;Republic of Maldives;the Maldives;Maldivian;Malé;
MLI;Mali;Republic of Mali;;Malian;Bamako;Timbuktu|Gao|Kidal|Mopti
MLT;Malta;Republic of Malta;;Maltese;Valletta;
MHL;Marshall Islands;Republic of the Marshall Islands;the Marshall Islands;Marshallese;Majuro;
MRT;Mauritania;Islamic Republic of Mauritania;;Mauritanian;Nouakchott;Nouadhibou
MUS;Mauritius;Republic of Mauritius;;Mauritian;Port Louis;
MEX;Mexico;United Mexican States;Mexican Republic;Mexican;Mexico City;Ciudad de Mexico|Ciudad de México|Guadalajara|Monterrey|Cancun|Cancún|Acapulco|Tijuana|Puebla|Los Cabos
FSM;Micronesia;Federated States of Micronesia;Micronesia, Federated States of|FSM;Micronesian;Palikir;
MDA;Moldova;Republic of Moldova;Moldavia|Republic of Moldova|Moldova, Republic of;Moldovan|Moldavian;Chișinău;Chisinau|Chişinău|Kishinev|Tiraspol|Balti|Bălți|Comrat
MCO;Monaco;Principality of Monaco;;Monegasque|Monacan;Monaco;Monte Carlo|Monte-Carlo
MNG;Mongolia;Mongolia;Outer Mongolia;Mongolian;Ulaanbaatar;Ulan Bator|Ulaan Baatar|Ulan-Bator
MNE;Montenegro;Montenegro;Crna Gora;Montenegrin|Montenegrins;Podgorica;Cetinje|Budva
MAR;Morocco;Kingdom of Morocco;;Moroccan;Rabat;Casablanca|Marrakesh|Marrakech|Tangier|Tangiers|Fez|Fes|Agadir
MOZ;Mozambique;Republic of Mozambique;;Mozambican;Maputo;Beira|Nampula|Pemba
MMR;Myanmar;Republic of the Union of Myanmar;Burma|Union of Myanmar;Myanmar|Burmese|Myanmarese;Naypyidaw;Nay Pyi Taw|Naypyitaw|Yangon|Rangoon|Mandalay
NAM;Namibia;Republic of Namibia;;Namibian;Windhoek;Walvis Bay
NRU;Nauru;Republic of Nauru;;Nauruan;Yaren;
NPL;Nepal;Federal Democratic Republic of Nepal;;Nepali|Nepalese;Kathmandu;Pokhara|Lalitpur
NLD;Netherlands;Kingdom of the Netherlands;Holland|the Netherlands|Nederland;Dutch|Dutchman|Dutchmen|Netherlander;Amsterdam;The Hague|Den Haag|Rotterdam|Maastricht|Utrecht|Eindhoven
NZL;New Zealand;New Zealand;Aotearoa;New Zealand|New Zealander;Wellington;Auckland|Christchurch|Queenstown
NIC;Nicaragua;Republic of Nicaragua;;Nicaraguan;Managua;
NER;Niger;Republic of the Niger;the Niger;Nigerien;Niamey;Agadez|Zinder
NGA;Nigeria;Federal Republic of Nigeria;;Nigerian;Abuja;Lagos|Kano|Port Harcourt|Ibadan|Kaduna
PRK;North Korea;Democratic People's Republic of Korea;DPRK|D.P.R.K.|D.P.R. Korea|Korea, Democratic People's Republic of|N. Korea|N Korea;North Korean;Pyongyang;Kaesong|Wonsan|Sinuiju|Nampo|Hamhung|Rason
MKD;North Macedonia;Republic of North Macedonia;Macedonia|Republic of Macedonia|FYROM|Former Yugoslav Republic of Macedonia;North Macedonian|Macedonian;Skopje;Ohrid|Bitola
NOR;Norway;Kingdom of Norway;Norge;Norwegian;Oslo;Bergen|Tromso|Tromsø|Trondheim|Stavanger
OMN;Oman;Sultanate of Oman;;Omani;Muscat;Salalah|Sohar|Duqm
PAK;Pakistan;Islamic Republic of Pakistan;;Pakistani;Islamabad;Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Multan|Faisalabad|Gwadar
PLW;Palau;Republic of Palau;Belau;Palauan;Ngerulmud;Koror
PAN;Panama;Republic of Panama;;Panamanian;Panama City;Colón
PNG;Papua New Guinea;Independent State of Papua New Guinea;PNG;Papua New Guinean|Papuan;Port Moresby;Lae
PRY;Paraguay;Republic of Paraguay;;Paraguayan;Asunción;Asuncion|Ciudad del Este
PER;Peru;Republic of Peru;;Peruvian;Lima;Cusco|Cuzco|Arequipa
PHL;Philippines;Republic of the Philippines;the Philippines|Republic of the Philippines;Filipino|Filipinos|Philippine|Filipina;Manila;Quezon City|Makati|Cebu|Cebu City|Davao|Davao City|Pasay|Subic
POL;Poland;Republic of Poland;Polska;Polish|Pole|Poles;Warsaw;Warszawa|Krakow|Kraków|Cracow|Gdansk|Gdańsk|Wroclaw|Wrocław|Poznan|Poznań|Lodz|Łódź|Rzeszow|Rzeszów|Lublin|Katowice|Szczecin|Bialystok|Białystok
PRT;Portugal;Portuguese Republic;;Portuguese;Lisbon;Lisboa|Porto|Oporto|Sintra|Faro|Funchal
QAT;Qatar;State of Qatar;;Qatari;Doha;Lusail
KOR;South Korea;Republic of Korea;Korea, Republic of|Republic of Korea|ROK|R.O.K.|S. Korea|S Korea;South Korean;Seoul;Busan|Pusan|Incheon|Inchon|Gyeongju|Jeju|Cheju|Daegu|Gwangju|Sejong|Pyeongchang|Ulsan
ROU;Romania;Romania;Rumania|Roumania;Romanian|Rumanian;Bucharest;Bucuresti|București|Constanta|Constanța|Cluj-Napoca|Cluj|Iasi|Iași|Timisoara|Timișoara
RUS;Russia;Russian Federation;Russian Federation|the RF|RF|Rossiya|Rossiia;Russian|Russians;Moscow;St Petersburg|St. Petersburg|Saint Petersburg|Saint-Petersburg|Leningrad|Sochi|Kazan|Vladivostok|Yekaterinburg|Ekaterinburg|Kaliningrad|Novosibirsk|Nizhny Novgorod|Ufa|Volgograd|Samara|Rostov-on-Don|Krasnoyarsk|Irkutsk|Khabarovsk|Murmansk|Omsk|Chelyabinsk|Perm|Grozny|Makhachkala|Astrakhan|Orenburg|Tyumen|Tula|Kursk|Belgorod|Pskov|Smolensk|Yaroslavl|Kostroma|Veliky Novgorod|Tver|Saratov|Voronezh|Krasnodar|Stavropol|Pyatigorsk|Vladikavkaz|Nalchik|Magas|Cheboksary|Izhevsk|Yakutsk|Magadan|Petropavlovsk-Kamchatsky|Yuzhno-Sakhalinsk|Anadyr|Norilsk|Arkhangelsk|Petrozavodsk|Syktyvkar|Ulan-Ude|Chita|Blagoveshchensk|Barnaul|Tomsk|Kemerovo|Novokuznetsk|Gorno-Altaisk|Abakan|Kyzyl|Elista|Maikop|Cherkessk|Penza|Ulyanovsk|Saransk|Tambov|Lipetsk|Ryazan|Kaluga|Bryansk|Oryol|Vladimir|Ivanovo|Yoshkar-Ola|Kurgan|Khanty-Mansiysk|Salekhard|Naryan-Mar|Vologda|Novorossiysk|Zelenograd|Dubna|Obninsk|Sarov|Korolev|Kronstadt|Vyborg|Ust-Luga|Derbent|Zavidovo|Valdai|Novo-Ogaryovo|Novo-Ogarevo
RWA;Rwanda;Republic of Rwanda;;Rwandan|Rwandese;Kigali;
KNA;Saint Kitts and Nevis;Federation of Saint Christopher and Nevis;St Kitts and Nevis|St. Kitts and Nevis|Saint Christopher and Nevis|St Kitts;Kittitian|Nevisian;Basseterre;
LCA;Saint Lucia;Saint Lucia;St Lucia|St. Lucia;Saint Lucian|St Lucian;Castries;
VCT;Saint Vincent and the Grenadines;Saint Vincent and the Grenadines;St Vincent and the Grenadines|St. Vincent and the Grenadines|St Vincent|Saint Vincent;Vincentian|Saint Vincentian;Kingstown;
WSM;Samoa;Independent State of Samoa;Western Samoa;Samoan;Apia;
SMR;San Marino;Republic of San Marino;;Sammarinese;San Marino;
STP;Sao Tome and Principe;Democratic Republic of Sao Tome and Principe;São Tomé and Príncipe|Sao Tome|São Tomé and Principe;Santomean|Sao Tomean;São Tomé;Sao Tome
SAU;Saudi Arabia;Kingdom of Saudi Arabia;KSA|the Kingdom of Saudi Arabia;Saudi|Saudi Arabian;Riyadh;Jeddah|Jiddah|Jidda|Mecca|Makkah|Medina|Madinah|Dhahran|Dammam|NEOM|Neom|AlUla|Al-Ula|Tabuk|Yanbu
SEN;Senegal;Republic of Senegal;;Senegalese;Dakar;Saint-Louis|Thies|Thiès
SRB;Serbia;Republic of Serbia;Srbija;Serbian|Serb|Serbs;Belgrade;Beograd|Novi Sad|Nis|Niš|Kragujevac
SYC;Seychelles;Republic of Seychelles;the Seychelles;Seychellois;Victoria;Mahe|Mahé
SLE;Sierra Leone;Republic of Sierra Leone;;Sierra Leonean;Freetown;
SGP;Singapore;Republic of Singapore;;Singaporean;Singapore;
SVK;Slovakia;Slovak Republic;Slovak Republic;Slovak|Slovaks|Slovakian;Bratislava;Kosice|Košice|Zilina|Žilina
SVN;Slovenia;Republic of Slovenia;Slovenija;Slovenian|Slovene;Ljubljana;Maribor|Bled|Brdo pri Kranju|Piran
SLB;Solomon Islands;Solomon Islands;the Solomon Islands|the Solomons;Solomon Islander;Honiara;
SOM;Somalia;Federal Republic of Somalia;;Somali|Somalian;Mogadishu;Hargeisa|Kismayo|Baidoa|Berbera|Bosaso|Garowe
ZAF;South Africa;Republic of South Africa;RSA;South African;Pretoria;Tshwane|Cape Town|Johannesburg|Durban|Bloemfontein|Port Elizabeth|Gqeberha|Soweto|Sun City
SSD;South Sudan;Republic of South Sudan;;South Sudanese;Juba;Malakal|Wau|Bentiu
ESP;Spain;Kingdom of Spain;España;Spanish|Spaniard|Spaniards;Madrid;Barcelona|Seville|Sevilla|Valencia|Bilbao|Malaga|Málaga|Zaragoza|Palma de Mallorca|San Sebastian|San Sebastián|Santiago de Compostela|Las Palmas|Santa Cruz de Tenerife|Ceuta|Melilla
LKA;Sri Lanka;Democratic Socialist Republic of Sri Lanka;Ceylon;Sri Lankan;Sri Jayawardenepura Kotte;Kotte|Colombo|Kandy|Jaffna|Galle|Hambantota|Trincomalee
SDN;Sudan;Republic of the Sudan;the Sudan;Sudanese;Khartoum;Omdurman|Port Sudan|El Fasher|Al-Fashir|Nyala|El Obeid|Kassala|Wad Madani
SUR;Suriname;Republic of Suriname;Surinam|Dutch Guiana;Surinamese|Surinamer;Paramaribo;
SWE;Sweden;Kingdom of Sweden;Sverige;Swedish|Swede|Swedes;Stockholm;Gothenburg|Göteborg|Goteborg|Malmo|Malmö|Uppsala|Lund|Kiruna|Visby
CHE;Switzerland;Swiss Confederation;Swiss Confederation|Confoederatio Helvetica|Schweiz|Suisse|Svizzera;Swiss;Bern;Berne|Geneva|Genève|Geneve|Genf|Davos|Lausanne|Zurich|Zürich|Basel|Lugano|Montreux|Lucerne|Luzern|Burgenstock|Bürgenstock|Locarno|St. Gallen|Interlaken|Neuchatel|Neuchâtel
SYR;Syria;Syrian Arab Republic;Syrian Arab Republic;Syrian;Damascus;Aleppo|Homs|Latakia|Lattakia|Idlib|Raqqa|Raqqah|Deir ez-Zor|Deir al-Zour|Hama|Tartus|Tartous|Daraa|Palmyra|Qamishli|Manbij|Hasakah|Al-Hasakah|Kobani|Afrin|Hmeimim|Khmeimim|Suwayda|As-Suwayda|Douma|Ghouta
TJK;Tajikistan;Republic of Tajikistan;Tadjikistan|Tadzhikistan;Tajik|Tajiks|Tajikistani|Tadjik|Tadzhik;Dushanbe;Khujand|Khudjand|Leninabad|Kulob|Kulyab|Bokhtar|Kurgan-Tyube|Khorog|Istaravshan
THA;Thailand;Kingdom of Thailand;Siam;Thai;Bangkok;Krung Thep|Chiang Mai|Pattaya|Phuket|Hua Hin|Khon Kaen|Chiang Rai
TLS;Timor-Leste;Democratic Republic of Timor-Leste;East Timor|Timor Leste;Timorese|East Timorese;Dili;
TGO;Togo;Togolese Republic;Togolese Republic;Togolese;Lomé;Lome
TON;Tonga;Kingdom of Tonga;;Tongan;Nuku'alofa;Nukualofa|Nukuʻalofa
TTO;Trinidad and Tobago;Republic of Trinidad and Tobago;Trinidad|Trinidad & Tobago;Trinidadian|Tobagonian;Port of Spain;Port-of-Spain
TUN;Tunisia;Republic of Tunisia;;Tunisian;Tunis;Sfax|Sousse|Djerba|Monastir
TUR;Türkiye;Republic of Türkiye;Turkey|Turkiye|Republic of Turkey|Republic of Turkiye;Turkish|Turk|Turks;Ankara;Istanbul|Constantinople|Izmir|İzmir|Antalya|Bursa|Adana|Trabzon|Gaziantep|Konya|Mersin|Bodrum|Edirne|Diyarbakir|Diyarbakır|Kayseri|Eskisehir|Eskişehir|Samsun|Incirlik|İncirlik|Belek|Dolmabahce|Kars|Erzurum|Sanliurfa|Şanlıurfa|Antakya|Kilis|Canakkale|Çanakkale|Marmaris|Dalaman
TKM;Turkmenistan;Turkmenistan;Turkmenia;Turkmen|Turkmens|Turkmenistani|Turkoman;Ashgabat;Ashkhabad|Ashgabad|Turkmenbashi|Turkmenbashy|Krasnovodsk|Avaza|Dashoguz|Turkmenabat|Balkanabat
TUV;Tuvalu;Tuvalu;;Tuvaluan;Funafuti;
UGA;Uganda;Republic of Uganda;;Ugandan;Kampala;Entebbe|Gulu|Jinja
UKR;Ukraine;Ukraine;the Ukraine|Ukrainian SSR;Ukrainian|Ukrainians;Kyiv;Kiev|Kharkiv|Kharkov|Odesa|Odessa|Lviv|Lvov|Lwow|Dnipro|Dnipropetrovsk|Dnepropetrovsk|Zaporizhzhia|Zaporozhye|Zaporizhia|Donetsk|Luhansk|Lugansk|Mariupol|Kherson|Mykolaiv|Nikolaev|Nikolayev|Sumy|Chernihiv|Chernigov|Poltava|Vinnytsia|Vinnitsa|Uzhhorod|Uzhgorod|Chernivtsi|Ivano-Frankivsk|Ternopil|Rivne|Lutsk|Zhytomyr|Kropyvnytskyi|Kirovohrad|Cherkasy|Kramatorsk|Sloviansk|Bakhmut|Avdiivka|Melitopol|Berdiansk|Enerhodar|Bucha|Irpin|Izium|Kupiansk|Pokrovsk|Severodonetsk|Lysychansk|Chernobyl|Chornobyl|Sevastopol|Simferopol|Yalta|Kerch|Feodosia|Yevpatoria
ARE;United Arab Emirates;United Arab Emirates;UAE|U.A.E.|the Emirates|the UAE;Emirati|Emiratis;Abu Dhabi;Dubai|Sharjah|Ajman|Fujairah|Ras al-Khaimah|Ras Al Khaimah|Umm al-Quwain
GBR;United Kingdom;United Kingdom of Great Britain and Northern Ireland;Britain|Great Britain|UK|U.K.|United Kingdom|the UK|the United Kingdom;British|Briton|Britons|Brit|Brits;London;Edinburgh|Belfast|Cardiff|Manchester|Birmingham|Glasgow|Liverpool|Oxford|Cambridge|Bristol|Leeds|Newcastle|Windsor|Chequers|Sandringham|Balmoral|Portsmouth|Plymouth|Dover|Gleneagles|Carbis Bay|Bletchley Park|Lough Erne|Enniskillen|Aberdeen|Sheffield|Southampton|Canterbury|Brighton
TZA;Tanzania;United Republic of Tanzania;United Republic of Tanzania|Tanzania, United Republic of;Tanzanian;Dodoma;Dar es Salaam|Dar-es-Salaam|Zanzibar|Arusha|Mwanza
USA;United States;United States of America;United States of America|USA|U.S.A.|U.S.|US|America|the United States|the US|the U.S.|the States;American|Americans|U.S.;Washington;Washington, D.C.|Washington D.C.|Washington DC|Washington, DC|New York|New York City|NYC|Los Angeles|San Francisco|Chicago|Boston|Houston|Miami|Seattle|Philadelphia|Atlanta|Dallas|Denver|Detroit|Honolulu|Anchorage|Camp David|Mar-a-Lago|Palm Beach|West Point|Annapolis|Baltimore|Pittsburgh|Las Vegas|San Diego|Phoenix|Austin|New Orleans|Norfolk|Sea Island|Williamsburg|Savannah|Crawford|Kennebunkport|Sunnylands|Rancho Mirage|Woodside|Aspen|Colorado Springs|Fort Bragg|Pearl Harbor|Arlington|Quantico|Langley|Fairfax|Bethesda|Wilmington|Rehoboth Beach|Bedminster|Doral
URY;Uruguay;Oriental Republic of Uruguay;Eastern Republic of Uruguay;Uruguayan;Montevideo;Punta del Este|Colonia del Sacramento
UZB;Uzbekistan;Republic of Uzbekistan;Uzbekiston;Uzbek|Uzbeks|Uzbekistani;Tashkent;Toshkent|Samarkand|Samarqand|Bukhara|Buxoro|Khiva|Xiva|Andijan|Andijon|Fergana|Ferghana|Namangan|Termez|Termiz|Nukus|Karshi|Qarshi|Navoi|Navoiy|Urgench|Kokand|Qo'qon|Jizzakh
VUT;Vanuatu;Republic of Vanuatu;New Hebrides;Ni-Vanuatu|Vanuatuan;Port Vila;Port-Vila
VEN;Venezuela;Bolivarian Republic of Venezuela;Venezuela, Bolivarian Republic of;Venezuelan;Caracas;Maracaibo|Barquisimeto|Maracay|Ciudad Guayana|Puerto Ordaz
VNM;Vietnam;Socialist Republic of Viet Nam;Viet Nam|Viet-Nam|Socialist Republic of Vietnam;Vietnamese;Hanoi;Ha Noi|Ho Chi Minh City|Saigon|Da Nang|Danang|Haiphong|Hai Phong|Hue|Huế|Nha Trang|Can Tho|Ha Long|Halong
YEM;Yemen;Republic of Yemen;;Yemeni|Yemenite;Sanaa;Sana'a|Aden|Hodeidah|Hudaydah|Marib|Ma'rib|Taiz|Ta'izz|Mukalla|Saada|Sa'ada
ZMB;Zambia;Republic of Zambia;Northern Rhodesia;Zambian;Lusaka;Ndola|Kitwe|Livingstone
ZWE;Zimbabwe;Republic of Zimbabwe;Rhodesia|Southern Rhodesia;Zimbabwean;Harare;Salisbury|Bulawayo|Victoria Falls
VAT;Holy See;Holy See;Vatican|Vatican City|Vatican City State|State of the Vatican City|the Vatican|Holy See (Vatican City State);;Vatican City;
PSE;Palestine;State of Palestine;State of Palestine|Palestine, State of|Palestinian territories|Palestinian Territories|occupied Palestinian territories|Palestinian Authority|PNA;Palestinian|Palestinians;Ramallah;Gaza|Gaza City|Bethlehem|Hebron|Nablus|Jericho|Jenin|Tulkarm|Khan Younis|Khan Yunis|Deir al-Balah|Beit Lahia|Jabalia
XKX;Kosovo;Republic of Kosovo;Kosova|Republic of Kosovo;Kosovar|Kosovan;Pristina;Prishtina|Prishtinë|Prizren|Mitrovica|Peja|Gjakova
TWN;Taiwan;Republic of China;Republic of China|Chinese Taipei|Taiwan, Province of China|Formosa|R.O.C.;Taiwanese;Taipei;Kaohsiung|Taichung|Tainan|Hsinchu|Keelung|Taoyuan
ESH;Western Sahara;Western Sahara;Sahrawi Arab Democratic Republic|SADR|Spanish Sahara;Sahrawi|Sahrawis|Saharawi|Saharawis|Sahrawian;Laayoune;El Aaiun|El Aaiún|Dakhla|Tifariti|Smara|Bir Lehlou
"""
