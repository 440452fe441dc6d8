/**
 * Equivalent given names, one group a line: `id: forms…`, commonest names first (abbreviations
 * resolve to the first group whose form they begin). Forms mix Russian, Ukrainian, Belarusian,
 * Polish, German, Latvian, Lithuanian, Estonian, Finnish, Yiddish and Hebrew spellings with
 * common diminutives, and Yiddish/Hebrew names also in Hebrew script; Cyrillic forms are romanised by the code, so only Latin spellings that no
 * romanisation yields (Jan, Johann, Jānis) need to be listed. Names with a shared origin but
 * distinct use in records (Иосиф and Осип are one; Евгений and Евгения are two) follow usage.
 */
export const GIVEN_NAME_TABLE_VERSION = 1;

export const GIVEN_NAME_TABLE = `
ivan: иван ваня ванька ванюша іван івась иоанн ян янка ivan iwan jan janek jasio johann johannes hans jochen juhan johan jaan jānis jāņis janis jonas jons jonas yochanan johanan yohanan jukka juho juhani hannes hanno ivo yan jean john ганс иоганн джон иоган יוחנן
vasily: василий вася васька василь базыль wasyl wasilij wassili vasilije bazyli vasili wasili basil vassili
mikhail: михаил миша мишка михайло михась михаль michał michal michail michael michel mihail mikelis mihkel mikael mikko michel mykhailo mykhaylo mihails
nikolai: николай коля колька микола мікола николаус mikołaj nikolaj nikolaus nicolai klaus niklas nikolajs nikolajus mikalojus nigulas niilo niko nikolay mykola kolya mykolas
alexander: александр саша шура сашка олександр алесь алексан aleksander aleksandr alexander alexandr aleksandrs aleksandras sander sasha oleksandr olek ales sender senderl sander
alexei: алексей алёша лёша алексий олексій аляксей aleksiej aleksei alexei aleksey alexej aleksejs aleksejus oleksii oleksiy
sergei: сергей серёжа сергій сяргей sergiusz siergiej sergej sergei sergey sergejs sergejus serhii serhiy sergius
peter: петр пётр петя петро пятро piotr pjotr peter petr pēteris peteris petras peeter pekka pietari petro pyotr pieter pesach
pavel: павел паша павло паўлюк paweł pawel paul pāvels pavils paulius paul paavo pavlo pawlo
andrei: андрей андрюша андрій андрэй andrzej andriej andrei andrey andreas andrejs andrius andres antti andrii andriy andrew
dmitry: дмитрий дима митя дмитро дзмітры dymitr dmitrij dmitri dmitriy dmitry dmitrijs dmitrijus dmytro
grigory: григорий гриша григорій рыгор grzegorz grigorij grigori grigoriy gregor gregory grigorijs grigas hryhorii hryhoriy
yakov: яков яша яків якуб янкель jakub jakow jakov jakob jacob jekabs jēkabs jokubas jokūbas jaakob jaakko yaakov yankel jankiel yakiv יעקב יאנקל
iosif: иосиф осип ося йосип язэп józef jozef josef joseph juozas jāzeps jazeps joosep juuso yosef yossel iossif osip josyp yosyp юзеф יוסף יאסל
fyodor: федор фёдор федя федька теодор фёдар хведар teodor fiodor fjodor fedor theodor todor feodor fedors teodoras tuudor fyodor fedir
stepan: степан стёпа степа стефан сцяпан szczepan stefan stepan stephan steffen stepans steponas steppo tapani stephen
semyon: семен семён сёма сеня симон семён шимон szymon siemion semjon simon simeon simons simonas siim simo shimon semen semyon שמעון
matvei: матвей мотя матвій мацей maciej matwiej matvej matthäus mateus matthias matīss matiss motiejus mattias matti matvey matvii mattityahu mateusz матис
georgy: георгий жора гоша георгій heorhii heorhiy georgij georgi georgiy georg george jürgen jurgen jurgis yrjö yrjo georgijs
yuri: юрий юра юрій юрась юрис ежи jerzy yuri yury jurij jurijs yurii yuriy jüri juri juris
yegor: егор егорка jegor yegor egor jegors
konstantin: константин костя костянтин kostanty konstantin constantin konstantins konstantinas kostas kostiantyn
vladimir: владимир володя вова володимир уладзімір włodzimierz wladimir vladimir wlodzimierz volodymyr vladimirs vladimiras valdemar waldemar voldemārs voldemars вольдемар
boris: борис боря barys borys boris borisas boriss
nikita: никита никитка мікіта mykyta nikita mikita
anton: антон антоша антін antoni anton antonius antons antanas anttoni
kuzma: кузьма кузя кузьма кузьмич kuźma kuzma kosmas kosma kuzmas
leonid: леонид лёня леня леонід leonid leonids leonidas
lev: лев лёва лева левко лейб лейба leib lejb leiba lew lev leo leon leonas leons leyb aryeh arie lyov lyova леон לייב אריה
mark: марк марек mark marek markus marks markas markku mordechai mordukh мордух мордехай motl мотл מרדכי
moisei: моисей мойша мовша мойсей mojżesz moses mosze mojsze moishe moshe movsha mozes mozus moisei moisej mojsej мозес משה
abram: абрам авраам аврам abraham abram avraham avrum аврум ибрагим אברהם אברם
isaak: исаак исак ицко ицхок isaak izaak isaac itzhak yitzhak yitzchok icek itzik ицик יצחק איציק
solomon: соломон шлёма шлема залман solomon salomon szlama shlomo zalman zalmen шлем шлема зельман שלמה זלמן
david: давид давыд дэвид dawid david davids dovydas taavet taavi dovid довид דוד
mendel: мендель менахем mendel menachem mendl מענדל מנחם
hirsch: гирш гершель hirsch hersz hersh hershel герш герцель הירש צבי
naum: наум нохим nachum nahum naum naums נחום
benjamin: вениамин веня беньямин бенцион beniamin benjamin wenjamin venyamin veniamin binyamin benjamins בנימין
zakhar: захар захарий зэхар zachariasz zachar sacharja zakhar zakhary zacharias zakharii
yevgeny: евгений женя евген яўген eugeniusz jewgeni evgenij yevgeny evgeny eugen eugene jevgenijs eugenijus jevgeni yevhen
viktor: виктор витя віктар wiktor viktor victor viktors viktoras vikentii
valentin: валентин валя walenty valentin valentins valentinas
arkady: аркадий аркаша arkadiusz arkadij arkadi arkady arkadijs
anatoly: анатолий толя анатолій anatol anatolij anatoli anatoly anatolijs anatolijus
gennady: геннадий гена геннадій giennadij gennadi gennady gennadij
oleg: олег олежка алег oleg olegs olegas olgierd ольгерд
igor: игорь ігор ігар igor ihor igors igoris
vsevolod: всеволод сева wsiewołod vsevolod wsewolod
vyacheslav: вячеслав слава вацлав вячаслаў wacław waclaw vyacheslav wjatscheslaw vjaceslavs vaclovas
stanislav: станислав стась станіслаў stanisław stanislaw stanislav stanislavs stanislovas stanislaus
bronislav: бронислав бронислав bronisław bronislaw bronislavas
kazimir: казимир казик kazimierz kazimir kasimir kazimieras kazimirs
ignaty: игнатий игнат ігнат ignacy ignatij ignaz ignatius ignas ignats hnat
vikenty: викентий wincenty vincent vincentas vincents vikentij
frants: франц франтишек franciszek franz frans francis francas pranas pranciškus frants
adam: адам adam adomas ādams adams aatami
felix: феликс фелікс feliks felix felikss
edmund: эдмунд edmund edmundas
eduard: эдуард edward eduard eduards eduardas edvard
ludwig: людвиг ludwik ludwig ludvigs liudvikas ludvig
karl: карл karol karl kārlis karlis karolis kaarle kalle charles карлис
friedrich: фридрих fryderyk friedrich fritz frīdrihs fridrihs frederik фриц
heinrich: генрих henryk heinrich heinz henrik heinrihs henrikas heikki hendrik harri
wilhelm: вильгельм wilhelm willi vilhelms vilhelmas ville вильям вилли william
otto: отто otto oto ото
gustav: густав gustaw gustav gustavs gustavas kustaa
ernst: эрнст ernst ernest ernests ernestas эрнест
rudolf: рудольф rudolf rudolfs rudolfas
august: август august augusts augustas aukusti
artur: артур artur arthur arturs artūras arturas
robert: роберт robert roberts robertas
richard: рихард ryszard richard rihards ričardas ричард
emil: эмиль emil emils emilis emil эмилий
arvid: арвид arvid arvīds arvids
edgar: эдгар edgar edgars edgaras эдгард
albert: альберт albert alberts albertas
alfred: альфред alfred alfreds alfredas
roman: роман рома роман roman romans romanas
ilya: илья илюша ілля ілья eliasz ilja ilya ilia elias eliyahu elijah ilja iljas elijas eelis elia אליהו
timofei: тимофей тима тимофій tymoteusz timofiej timotheus timofei timofey timotiejus timo
trofim: трофим трохим trofim trofimas
prokhor: прохор prochor prokhor prokhor
terenty: терентий терешка terencjusz terentij terentii
afanasy: афанасий афоня опанас атанас atanazy afanasij afanassi athanasius panas
arseny: арсений арсен арсеній arseniusz arsenij arseni arsenii
savva: савва сава sawa savva saba
foma: фома тамаш tomasz foma thomas toomas tuomas tomas toms tomass tom томас томаш
luka: лука лукаш łukasz luka lukas lukass luukas
makar: макар макарий makary makar makarius
maksim: максим макс максім maksym maksim maxim maximilian maksims maksimas
kirill: кирилл кирил кірыла cyryl kiriłł kirill kirils kirilas kyrylo
filipp: филипп филип пилип філіп filip philipp philip filips pilypas vilppu
yefim: ефим юхим ефим jefim efim yefim chaim хаим хаим хайм chaim haim chaiml חיים
efraim: ефраим эфроим фроим efraim ephraim froim ефрем אפרים
gavriil: гавриил гаврила гаврило гаўрыла gabriel gawrił gavriil gavrilo gabriels gabrielius gavril
daniil: даниил данила данило даниэль данько daniel daniił daniil danila danylo daniels danielius taneli danel
yemelyan: емельян омелян emilian jemeljan yemelyan emelyan
prokofy: прокофий прокоп прокіп prokop prokofij prokopius
tikhon: тихон ціхан tichon tikhon tychon
platon: платон platon platonas
nazar: назар nazar nazarij nazarius
demyan: демьян дем'ян дземьян damian demjan demyan damianas
ostap: остап eustachy ostap evstafy евстафий eustathius
yevdokim: евдоким явдоха eudokim jewdokim yevdokim
kliment: климент клим klemens kliment klemenss klemensas климентий клементий
martyn: мартын мартин марцін marcin martin martyn mārtiņš martins martynas martti
adolf: адольф adolf adolfs adolfas
hugo: гуго hugo hugo
albin: альбин albin albinas
yulian: юлиан юлий юліан julian juliusz julius julijs julius juliusz юлиус
vitaly: виталий виталь віталь witalis vitalij vitali vitaly vitalijs vitalijus
valery: валерий валера валерій walery valerij valeri valery valerijs valerijus
erik: эрик eryk erik eriks erikas eerik eero
kalman: калман kalman kalmanas
ber: бер берко ber berko dov берко בער דב
meer: меер мейер meir meier majer meyer מאיר
israel: израиль сруль исроэль израэль israel izrael srul yisrael ישראל
zelig: зелик зелиг zelig selig זעליג
shmuel: самуил шмуль шмуэль samuel szmul shmuel samuil samuels samuelis самойло самойл שמואל
aaron: аарон арон aaron aron aharon aronas אהרן אהרון
berl: берл berl
leizer: лейзер элиэзер eliezer lejzer leizer lazar лазарь lazarus lozorius елизар элеазар אליעזר
mikhel: михель michel mikhel
tevye: тевье тевель tewje tevye tuvia
nisan: нисон ниссан nisan nissan nisson
fishel: фишель fiszel fishel
rafail: рафаил рафал rafał rafael raphael rafail rafails רפאל
emmanuil: эммануил эммануэль emanuel emmanuel emanuil
# women
maria: мария маша маня марья мариша марія марыя мария maria marya marija mariya marie mary mari maija māra marja mariia mirjam miriam mirele mariam מרים
anna: анна аня нюра нюша ганна анна ханна hanna anna anne anni ann annelie anete ane chana хана ханна hana anya ganna חנה
yekaterina: екатерина катя катерина кацярына katarzyna jekaterina ekaterina yekaterina katharina käthe kathrin katrīna katrina kotryna kaija kaisa katri kateryna catherine
yelena: елена лена олена алена алёна helena jelena elena yelena helene lena jeļena olena alena aliona ilona helen
olga: ольга оля вольга olga olha olga
tatiana: татьяна таня тетяна тацяна tatiana tatjana tatyana tetiana tatjana
natalia: наталья наташа наталія наталля natalia natalja natalya nataliya natālija natalija natalie
yevdokiya: евдокия дуня авдотья явдоха eudoksja jewdokija evdokiya avdotia
praskovya: прасковья паша параска праскева paraskiewa praskowja praskovia praskovya
agafya: агафья ганя агата agata agafja agafia agathe agate
matryona: матрена матрёна мотря matrona matrjona matryona
pelageya: пелагея поля пелагія pelagia pelageja pelageya
akulina: акулина akulina
fekla: фекла текля tekla fekla thekla tekle
darya: дарья даша дарія дар'я daria darja darya dārija darija
aleksandra: александра шура саша олександра aleksandra alexandra aleksandra sandra
nadezhda: надежда надя надія nadzieja nadieżda nadeschda nadezhda nadia nadja
vera: вера вира віра wiera wera vera viera
lyubov: любовь люба любов lubow ljubow lyubov liubov luba
sofia: софья соня софія зофья зося zofia sofia sofja sophie sofija soffi zosia sonja sonia sofiya
yevgenia: евгения женя євгенія eugenia jewgenija evgenia yevgeniya eugenija
valentina: валентина валя walentyna valentina valentīna
klavdia: клавдия клава klaudia klawdija klavdia klavdiya klaudija
zinaida: зинаида зина зінаїда zinaida sinaida zinaīda
antonina: антонина тоня antonina antoņina antanina
galina: галина галя halina galina halyna galyna
nina: нина ніна nina niina
zoya: зоя zoja zoya
raisa: раиса рая raisa raisa raissa
lidia: лидия лида лідія lidia lidija lydia lidiya
margarita: маргарита рита маргарыта małgorzata margarita margarete margarethe grete gretchen margrieta margarita marketta
elizaveta: елизавета лиза єлизавета элизабет elżbieta jelisaweta elizaveta elisabeth elisabet elizabete elžbieta eliisabet liisa elisa elizabeth elisheva лиза אלישבע
irina: ирина ира ірина арина ярина irena irina irene irēna irena ira
ksenia: ксения оксана аксинья ксенія ксеня ksenia oksana aksinja kseniya xenia ksenija
ulyana: ульяна уляна juliana uljana ulyana julianna
yulia: юлия юля юлія julia julija yulia yuliya juliia
sara: сара соре сарра sara sarah sore sura сура שרה
rivka: ревекка ривка рива rebeka rebekka rivka riwka rywka rebecca רבקה
rachel: рахиль рохл рахель rachela rachel rahel rochl rokhl רחל
lea: лея лия лейя leja lea leah לאה
esther: эсфирь эстер эсфира estera ester esther esfir ester אסתר
golda: голда golda golde גולדה
chaya: хая chaja chaya haya хайка חיה
dvora: двойра дебора двора debora dvoira dwojra devorah דבורה
fruma: фрума fruma frume
basya: бася батья basia bas batya basya
feiga: фейга fejga feiga feige פייגא
sima: сима simcha sima
berta: берта berta bertha berta
frida: фрида frida frieda frīda
emma: эмма emma emma
ida: ида ida
ella: элла ella
gertrude: гертруда gertruda gertrud gertrūde
wilhelmina: вильгельмина wilhelmina vilhelmine minna
amalia: амалия amalia amalie amālija
paulina: паулина полина павлина paulina pauline polina pauliina pavlina
stefania: стефания стефа stefania stefanie stefanija
jadwiga: ядвига jadwiga hedwig jadvyga
janina: янина janina jannina
ludmila: людмила люда людмила ludmiła ludmila ljudmila lyudmila liudmyla
tamara: тамара тома tamara tamāra
alla: алла alla
inna: инна inna
taisia: таисия тася taisia taisija taissija
serafima: серафима сима serafima seraphima
anastasia: анастасия настя настасья анастасія nastazja anastasia anastasija anastassija nastja nastya
evfrosinia: евфросинья ефросинья фрося frosina jefrossinja efrosinia
varvara: варвара варя barbara warwara varvara barbora barbara
marfa: марфа марта marta martha marfa morta maarta
domna: домна domna
ustinia: устинья юстина justyna ustinja ustinia justina
efimia: евфимия ефимия jefimija efimija
vasilisa: василиса васса wasylisa vasilisa
zhanna: жанна jeanne zhanna żaneta
anzhela: анжела angela angela anželika
# more men
mstislav: мстислав mścisław mstislav
yaroslav: ярослав ярек jarosław jaroslaw jaroslav jaroslavs
rostislav: ростислав ростик rościsław rostislav
svyatoslav: святослав światosław swjatoslaw svyatoslav
miroslav: мирослав mirosław miroslav
zdislav: здислав zdzisław zdzislaw
boleslav: болеслав bolesław boleslaw boleslav boleslovas
vladislav: владислав владек władysław wladyslaw vladislav ladislaus vladislavs vladislovas
tadeusz: тадеуш фаддей тадей tadeusz thaddäus tadas tadeušas faddei фадей
witold: витольд witold vytautas vitolds
zygmunt: зигмунд зыгмунт zygmunt sigmund sigismund žygimantas сигизмунд
leopold: леопольд leopold leopolds
arnold: арнольд arnold arnolds
gerhard: герхард gerhard gerhards
reinhold: рейнгольд reinhold reingolds
kazys: казис kazys
vladas: владас vladas
valdis: валдис valdis
# Finnish and Estonian forms that romanisations do not reach
toivo: тойво toivo
eino: эйно eino
vaino: вяйнё väinö vaino
jussi: юсси jussi
# more Russian, Ukrainian and Belarusian names
artyom: артем артём артемий артемій артём artiom artem artjom artemiy artemius artemijus
bogdan: богдан богдась bohdan bogdan bogdans bogdanas
vadim: вадим vadim wadim vadims vadimas
valerian: валериан валерьян walerian valerian valerians
gerasim: герасим herasym gerasim gerassim
german: герман herman german hermann hermanis
gleb: глеб hleb gleb glebs
gordei: гордей hordii gordiej gordei gordey
denis: денис денис denis dionizy dionysius denys dionisijs
dementy: дементий дементій dementij demientij dementii
evgraf: евграф jewgraf evgraf yevgraf
evsei: евсей овсей ешуа jewsiej evsei yevsey ovsei
elisei: елисей елисей єлисей elizeusz jelisei elisei yelisey elisha
yermolai: ермолай єрмолай jermołaj jermolai yermolai ermolai
yerofei: ерофей jerofiej jerofei yerofey erofei
zinovy: зиновий зінов zinowij sinowi zinovii zinoviy
illarion: илларион ларион іларіон hilarion illarion ilarion ilarionas
innokenty: иннокентий кеша innocenty innokenti innokentii innokentiy
isai: исай исаия isajasz isai isaiah yeshaya jesaja шая
isidor: исидор сидор izydor isidor sidor isidorius
karp: карп karp
kondraty: кондратий кондрат kondrat kondrati kondratii
kornei: корней корнилий korneliusz kornei korney cornelius kornelijus
lavrenty: лаврентий лавр лаврін wawrzyniec lavrentii lawrenti lavrentiy laurentius laurynas lavrentijs
leonty: леонтий леонтій leoncjusz leonti leontii leontiy
mefody: мефодий methodius mefodij mefodii
miron: мирон miron myron mironas
mitrofan: митрофан mitrofan mytrofan
modest: модест modest modestas
nestor: нестор nestor nestoras
nikanor: никанор nikanor nykanor
nikifor: никифор никифор никифар nicefor nikifor nikephoros nykyfor
nikon: никон nikon nykon
nil: нил nil nilus
onufry: онуфрий онуфрій onufry onufri onufrii onuphrius ануфрий
panteleimon: пантелеймон пантелей pantaleon panteleimon pantelej panteley
parfyon: парфён парфен parfen parfjon parfyon
porfiry: порфирий порфирій porfiriusz porfiri porfiriy porfirii
potap: потап potap
rodion: родион родіон rodion rodionas
ruslan: руслан ruslan ruslanas
saveli: савелий savely saweli savelii saveliy
samson: самсон samson samsonas
severyan: северьян sewerian severian severyan
serafim: серафим serafin serafim seraphim
silvestr: сильвестр селиверст sylwester silvestr silvester silvestras
spiridon: спиридон спиридонушка spirydon spiridon spyrydon
taras: тарас taras tarass
tikhomir: тихомир tichomir tikhomir
trifon: трифон трифан tryfon trifon tryphon
ulyan: ульян ульян uljan ulyan
ustin: устин юстин justyn ustin justin justinas
fedot: федот fedot fedotas
feoktist: феоктист feoktist
filimon: филимон filemon filimon philemon
firs: фирс firs
frol: фрол флор flor frol florus
kharitona: харитон charyton chariton kharyton khariton
khristofor: христофор krzysztof christoph christopher kristupas kristaps hristofor
yakim: яким иоаким joachim jakim yakim joakimas jāhims аким
# Polish names as written in Polish records
czeslaw: чеслав czesław czeslaw tšeslav ceslovas
mieczyslaw: мечислав mieczysław mieczyslaw mecislovas
marian: мариан marian marians marijonas марьян
florian: флориан florian florians
wojciech: войцех wojciech adalbert vojtech
kajetan: каетан kajetan cajetan kajetonas
teofil: теофил феофил teofil theophil teofilis
dominik: доминик dominik dominikas domenico
hipolit: ипполит hipolit ippolit hippolyt
# German names of Volga and Black Sea Germans
konrad: конрад konrad konrads konradas
christian: христиан кристиан chrystian christian kristians kristijonas krisjanis krišjānis криш кришьян
gottlieb: готлиб gottlieb gotlib
gottfried: готфрид gottfried gotfrid
ferdinand: фердинанд ferdynand ferdinand ferdinands ferdinandas
alois: алоис alojzy alois aloyzas алоиз
oskar: оскар oskar oscar oskars oskaras
bernhard: бернгард бернард bernard bernhard bernards bernardas
helmut: гельмут helmut helmuts
erich: эрих erich erichs
paul_de: пауль
# Latvian, Lithuanian, Estonian, Finnish
fricis: фрицис fricis
ansis: ансис ansis
indrikis: индрикис indriķis indrikis
teodors: теодорс teodors
vilis: вилис vilis
stasys: стасис stasys
vincas: винцас vincas
bronius: бронюс bronius
povilas: повилас povilas
mart: март mart madis mats
ants: антс ants
villem: виллем villem
lauri: лаури lauri laurentius
aleksanteri: алексантери aleksanteri
# Yiddish and Hebrew names and the Russian names used for them in documents
naftali: нафтали нафтула naftali naftula naftuli נפתלי
pinkhas: пинхас пиня пинкус pinchas pinkhas pinkus pinkas פנחס
ruvim: рувим рувен реувен ruwin rubin ruvim reuven ruben рубен ראובן
yehuda: иуда юдель йегуда yehuda juda judel yudel yudl יהודה
volf: вольф велвл зеэв wolf volf wulf zeev welwel вульф וואלף זאב
gershon: гершон gershon gerszon גרשון
nachman: нахман nachman nakhman נחמן
motel: мотель мордко motel mordko mottel
shneur: шнеер шнеур shneur sznejer szneur שניאור
hillel: гилель гилел hillel hilel
sholom: шолом шулим sholom szulim sholem shalom
# more women: Russian, Ukrainian, Belarusian
agnia: агния agnieszka agnia agnija agnes agnese agnė
agrafena: аграфена груня горпина agrypina agrafena agrippina agrafiena
adelaida: аделаида adelajda adelaide adelheid
alevtina: алевтина alewtina alevtina
anisya: анисья anisja anisya
ariadna: ариадна ariadna ariadne
bella: белла bella bela
vanda: ванда wanda vanda vanda
veronika: вероника weronika veronika veronica veronica
viktoria: виктория wiktoria viktoria victoria viktorija
glikeria: гликерия лукерья glikerija lukerja lukerya glikeria
dina: дина dina dīna
dominika_f: доминика dominika
irada: ираида iraida iraīda
kapitolina: капитолина kapitolina
klara: клара klara clara klāra
kira: кира kira
larisa: лариса larysa larisa larissa
leokadia: леокадия leokadia leokadija
lilia: лилия lilia lilija lilli
luiza: луиза luiza louise luise luīze
magdalena: магдалина магдалена magdalena magdalene madlen magdalēna
maya: майя maja maya
marina: марина maryna marina marīna
melania: мелания маланья melania malanja melanija
mirra: мирра mira mirra
olimpiada: олимпиада липа olimpiada olympiada
rimma: римма rima rimma
roza: роза rozalia róża rosa roza rose reizl reyzl rēzija
svetlana: светлана свєтлана svetlana swietłana swetlana
susanna: сусанна зуза zuzanna susanna susanne zuzana šošana shoshana
stefanida: стефанида степанида stepanida stefanida
tereza: тереза teresa therese tereza terēze
fedora: федора теодора teodora fedora feodora
feodosia: феодосия федосья teodozja fedosja feodosija
fevronia: феврония хивря fevronia fewronija khivria
faina: фаина faina fajna
khristina: христина кристина krystyna christina christine kristīne kristina kristiina
tsetsilia: цецилия cecylia cecilia cäcilie cecilija
elza: эльза elza elsa else elze
emilia: эмилия emilia emilie emīlija emilija
yuzefa: юзефа józefa jozefa josefa josephine juzefa juzė
bronislava: бронислава bronisława bronislava bronė
genovefa: геновефа genowefa genoveva genovaitė
kazimiera: казимира kazimiera kazimira kazimiera
stanislava: станислава stanisława stanislava stasė
vladislava: владислава władysława wladyslawa
teofila: теофила teofila
# German women
dorothea: доротея dorota dorothea dorotėja
eva: ева хава єва ewa eva chava hava ieva eeva חוה
# Latvian, Lithuanian, Estonian, Finnish women
milda: милда milda
zelma: зелма зельма zelma
alma: альма alma
herta: герта herta hertha
velta: велта velta
ona: ona
helmi: хельми helmi
aino: айно aino
hilja: хилья hilja
lyyli: люли lyyli
salme: салме salme
elfriede: эльфрида elfriede elfrīda
# Yiddish and Hebrew women
hinda: хинда hinda hinde
malka: малка малке malka malke מלכה
perl: перла перл perl perla
sheina: шейна шейне sheina szejna sheine שיינא
tsipa: ципа ципора zipora cipa tsipa tsippora ציפורה
yenta: ента yenta jenta
zlata: злата zlata złata
bluma: блюма bluma blume
etel: этель эта etel ethel ettel
freida: фрейда freida frejda
gitl: гитля гитель gitel gitla gittel
mina: мина mina
pesya: песя пеша pesia pesya pesza
tauba: тауба tauba
yokheved: иохевед jochewed yocheved
# names found missing in real records (Memorial, Moscow lists)
lukyan: лукьян лукиан lucjan lukjan lukian lucian
natan: натан нафан natan nathan nosson
noi: ной noah noe noach
ewald: эвальд ewald evald
leonard: леонард leonard leonards leonardas
adrian: андриан адриан adrian adrian adrians adrianas
yechezkel: хацкель иезекииль ezechiel chatzkel khatskel yechezkel
alfons: альфонс alfons alphonse alfonsas
anany: ананий ananiasz ananij ananiah
kurt: курт kurt
faivush: файвуш фейвуш faivush fajwusz
khrisanf: хрисанф chrysanth khrisanf
edwin: эдвин edwin edvin
felicja: фелиция felicja felicia felicitas
bruno: бруно bruno
romuald: ромуальд romuald romualdas
osher: ошер ашер osher asher oszer
suren: сурен suren
foka: фока phokas foka
arkhip: архип archip arkhip
maximilian: максимилиан maksymilian maximilian maksimilian
harry: гарри harry
laszlo: ласло laszlo lászló
khasan: хасан hasan khasan
ferapont: ферапонт ferapont therapont
tit: тит tytus titus tit
abdulla: абдулла abdullah abdulla
anisim: анисим анисим anisim onesimus
kapiton: капитон kapiton
fedosei: федосей феодосий teodozjusz fedosei fedosej
avksenty: авксентий awksienty avksentii
apollon: аполлон apollon
kaspar: каспар kasper kaspar caspar kaspars kasparas
varfolomei: варфоломей бартоломей bartłomiej bartholomäus varfolomei bartholomew baltramiejus
arsenty: арсентий arsentii
pesach: пейсах песах pesach pejsach
alim: алим alim
aristarkh: аристарх arystarch aristarkh
evlampy: евлампий jewlampij evlampii
benedikt: бенедикт benedykt benedikt benedict benediktas
safon: сафон safon
zenon: зенон zenon zenonas
vissarion: виссарион wissarion vissarion bessarion
markel: маркел маркелл markel markell
nikodim: никодим nikodem nikodim nikodemus
walter: вальтер walter walther valters valteris
mikhei: михей micheasz micha mikhei
`;
