-- 信息索引: the metadata every government information item carries (GB/T 21063 style information box).
--
-- 索引号 is assigned once, when the item is created, as <unit code>/<category>-<year>-<sequence>: the
-- sequence counts per unit, category and Beijing calendar year. It is assigned by a trigger so that every
-- path creating content (API, CLI, demo seed, a manual INSERT) gets one, and a counter row updated with
-- INSERT … ON CONFLICT DO UPDATE serialises concurrent creations on that row: no duplicates, no gaps
-- except from rolled-back creations.
CREATE TABLE info_index_sequences (
  unit_id        uuid NOT NULL REFERENCES units(id),
  category_code  text NOT NULL REFERENCES categories(code),
  year           integer NOT NULL,
  last_value     integer NOT NULL,
  PRIMARY KEY (unit_id, category_code, year)
);

CREATE TABLE content_info (
  content_id     uuid PRIMARY KEY REFERENCES contents(id),
  index_number   text NOT NULL UNIQUE,
  -- 发布机构: NULL means the publishing unit's own name.
  issuing_body   text,
  -- 文号 such as 巴政办字〔2018〕62号; validated by the workflow.
  doc_number     text,
  written_on     date,
  -- 主题分类 (the State Council's subject classification).
  topic          text,
  validity       text NOT NULL DEFAULT 'valid' CHECK (validity IN ('valid', 'expired', 'repealed')),
  validity_date  date,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_info_doc_number_idx ON content_info (doc_number);

CREATE FUNCTION content_info_assign() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  yr integer := extract(year FROM (NEW.created_at AT TIME ZONE 'Asia/Shanghai'))::integer;
  seq integer;
  unit_code text;
BEGIN
  INSERT INTO info_index_sequences AS s (unit_id, category_code, year, last_value) VALUES (NEW.unit_id, NEW.category_code, yr, 1)
    ON CONFLICT (unit_id, category_code, year) DO UPDATE SET last_value = s.last_value + 1
    RETURNING last_value INTO seq;
  SELECT code INTO unit_code FROM units WHERE id = NEW.unit_id;
  INSERT INTO content_info (content_id, index_number) VALUES (NEW.id, unit_code || '/' || NEW.category_code || '-' || yr || '-' || lpad(seq::text, 5, '0'));
  RETURN NULL;
END $$;
CREATE TRIGGER content_info_on_create AFTER INSERT ON contents FOR EACH ROW EXECUTE FUNCTION content_info_assign();

-- Items created before this migration get their numbers in creation order.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT id, unit_id, category_code, created_at FROM contents ORDER BY created_at, id LOOP
    WITH next AS (
      INSERT INTO info_index_sequences AS s (unit_id, category_code, year, last_value)
      VALUES (c.unit_id, c.category_code, extract(year FROM (c.created_at AT TIME ZONE 'Asia/Shanghai'))::integer, 1)
      ON CONFLICT (unit_id, category_code, year) DO UPDATE SET last_value = s.last_value + 1
      RETURNING year, last_value
    )
    INSERT INTO content_info (content_id, index_number)
    SELECT c.id, u.code || '/' || c.category_code || '-' || next.year || '-' || lpad(next.last_value::text, 5, '0') FROM next, units u WHERE u.id = c.unit_id;
  END LOOP;
END $$;

-- 信息索引 is searchable: 索引号, 文号, 发布机构 and 主题分类 join the body text of the search document (on a
-- line of their own, so no term spans them and the body).
-- 同义词: an admin-maintained list folds each synonym to its group's first word (暖气 → 供暖) in documents and
-- queries alike, so either word finds both. Longer terms first, so 暖气费 is not cut by 暖气. Changing the list
-- re-indexes every document (workflow/searchSynonyms.ts).
CREATE TABLE search_synonyms (
  term       text PRIMARY KEY CHECK (term <> ''),
  canonical  text NOT NULL CHECK (canonical <> term)
);

CREATE FUNCTION search_synonyms_apply(input text) RETURNS text LANGUAGE plpgsql STABLE STRICT AS $$
DECLARE
  s record;
  out text := input;
BEGIN
  FOR s IN SELECT term, canonical FROM search_synonyms ORDER BY length(term) DESC, term LOOP
    out := replace(out, s.term, s.canonical);
  END LOOP;
  RETURN out;
END $$;

CREATE FUNCTION search_info_text(target uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT search_normalize(concat_ws(E'\n', i.index_number, i.doc_number, i.issuing_body, i.topic))
    FROM content_info i WHERE i.content_id = target), '')
$$;

CREATE OR REPLACE FUNCTION search_refresh(target uuid, force boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  live record;
  current record;
BEGIN
  SELECT p.revision, p.published_at, r.title, r.html INTO live
    FROM publications p JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
    WHERE p.content_id = target AND p.channel = 'PORTAL' AND p.status = 'PUBLISHED'
    ORDER BY p.revision DESC LIMIT 1;
  IF NOT FOUND THEN
    DELETE FROM search_documents WHERE content_id = target;
    RETURN;
  END IF;
  SELECT revision, published_at INTO current FROM search_documents WHERE content_id = target;
  IF FOUND AND NOT force AND current.revision = live.revision AND current.published_at IS NOT DISTINCT FROM live.published_at THEN
    RETURN;
  END IF;
  INSERT INTO search_documents AS d (content_id, revision, title, body, tokens, published_at)
  SELECT target, live.revision, t.title, t.body, search_tokens(t.title || E'\n' || t.body), coalesce(live.published_at, now())
  FROM (SELECT search_synonyms_apply(search_normalize(live.title)) AS title,
               search_synonyms_apply(search_document_text(live.html) || E'\n' || search_info_text(target)) AS body) t
  ON CONFLICT (content_id) DO UPDATE SET revision = EXCLUDED.revision, title = EXCLUDED.title, body = EXCLUDED.body,
    tokens = EXCLUDED.tokens, published_at = EXCLUDED.published_at;
END $$;

CREATE FUNCTION search_info_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh(NEW.content_id, true);
  RETURN NULL;
END $$;
CREATE TRIGGER search_info_sync AFTER UPDATE OF index_number, doc_number, issuing_body, topic ON content_info
  FOR EACH ROW EXECUTE FUNCTION search_info_changed();

-- The site's identity (网站名称, 主办单位, 网站标识码, ICP备案号 …): one row, a JSON document validated by the
-- workflow, so adding a setting needs no migration.
CREATE TABLE site_settings (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  settings    jsonb NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- 附件: files attached to an item, kept in the media store (MediaStore: DATA_DIR/media by default) under the
-- SHA-256 of their bytes. Each is scanned by the gate at upload; its findings are stored with it. A removed
-- attachment keeps its row (removed_at), so every version of an item's attachments stays on record.
CREATE TABLE attachments (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_id   uuid NOT NULL REFERENCES contents(id),
  file_name    text NOT NULL,
  media_type   text NOT NULL,
  type_label   text NOT NULL,
  size_bytes   integer NOT NULL CHECK (size_bytes >= 0),
  sha256       text NOT NULL,
  text_chars   integer NOT NULL DEFAULT 0,
  verdict      text NOT NULL CHECK (verdict IN ('pass', 'warn', 'block')),
  findings     jsonb NOT NULL DEFAULT '[]',
  uploaded_by  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  removed_at   timestamptz,
  removed_by   text
);
CREATE INDEX attachments_content_idx ON attachments (content_id) WHERE removed_at IS NULL;

-- 公示期: a category's default period in days (NULL: items stay up) and an item's own 公示截止日期 (the last
-- Beijing day it is shown). The expiry job retracts items whose period has run out with the reason 公示期满.
ALTER TABLE categories ADD COLUMN publicity_days integer CHECK (publicity_days BETWEEN 1 AND 3650);
ALTER TABLE content_info ADD COLUMN publicity_until date;

-- Search folds traditional to simplified script (補貼 finds 补贴), character for character, with the gate's own
-- table (review/tradSimp.ts, 1276 pairs; copied here by a one-off script, and
-- test/portal/search-folding.test.ts checks the two agree). Full-width forms were already folded by NFKC.
CREATE FUNCTION search_fold_script(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT translate(input, '萬與醜專業叢東絲兩嚴喪個箇豐臨為爲麗舉麼義烏樂喬習鄉書買亂爭於虧雲亞產産畝親億僅從侖倉儀們價眾衆優夥會傘偉傳傷倫偽僞體餘傭僉俠侶僥偵側僑儈儂儔儼倆儷儉債傾僂償儲兒兌黨蘭關興茲養獸內岡冊寫軍農馮衝決況凍淨淒悽涼減湊凜幾鳳憑凱擊鑿劃劉則剛創刪別彆劊劑剮劍剝劇勸辦務動勵勁勞勢勳勻匱區醫華協單賣盧鹵滷臥衛衞卻廠廳歷曆厲壓厭廁廂廈廚廄廝縣參雙發髮變敘疊葉號嘆歎籲後嚇呂嗎噸聽啟吳嘔員嗆嗚詠嚨響啞嘩譁喲嘮喚嘖嗇嘯噴嘍囑嚕囂團糰園圍國圖圓聖壙場壞塊堅壇罈壩塢墳墜壟壘墾墊塹墮牆壯聲殼壺處備復複夠頭誇夾奪奩奮獎奬奧妝婦媽嫵嫗薑婁嬌娛嫻嬰嬸孫學孿寧寶實寵審憲宮寬賓寢對尋導壽將爾塵堯尷屍盡儘層屆屜屬屢嶼歲豈嶇崗嵐島嶺嶽崢嶸巔鞏幣帥師帳簾幟帶幀幫幗冪莊慶廬庫應廟龐廢廣開異棄張彌瀰彎彈強歸當噹錄彥徹徑徵憶懺憂懷態慫憐總縂戀懇惡惱悅懸憫驚懼慘懲憊愜慚憚慣憤願懾懣懶戇戲戰戶紮紥撲執擴掃揚擾撫拋摳搶護報擔擬攏揀擁攔擰撥擇掛罣摯攣撻挾撓擋掙擠揮撈損撿換搗據擄擲撣摻攬攪攜攝擺搖擯攤撐攆擷攢揹擡捨採敵斂數齋鬥鬪鬭斬斷無舊時曠晝顯晉曬曉暈暉暫曖暱術樸機殺雜權條來楊傑極構樞棗槍楓櫃檸柵標棧棟欄樹棲樣楨檔橋樺檜槳樁夢檢槓欖櫚檻檳橫櫻櫥桿樑檯臺颱歡歐殲殘殞殯毆毀畢斃氈氣氫匯彙漢湯洶溝沒淪滄滬濘淚瀉洩潑澤潔灑窪淺漿澆濁測濟瀏渾濃濤澇漣渦渙滌潤澗漲澀淵漬漸漁瀋滲溫遊灣濕潰濺滿濾濫濱灘潛瀾瀨滅燈靈災燦爐燉點煉鍊錬熾爍爛燭煙煩燒燴燙燼熱煥熒愛爺牘牽犧犢狀猶狽猙獨狹獅獄獰獲穫獵獻豬貓瑪環現璽瑣瓊甕電畫暢疇療瘋癥癢瘡瘓癱癮癩癬癲癒皺盞鹽監蓋盜盤盃睜瞞矚礦碼磚硯礎碩確鹼礙禮禍禱禪離禿稈種積稱穢穩穀稅窮竊竅窯竄窩窺豎競筆筍箋籌簽簡節範築篤篩籃籬類糧糞緊糾紀約紅紋納紐純紗紙級紛紡線綫練組紳細織終絆紹繹經綁絨結繞繪給絢絡絕絶絞統絹綉繡綏繼績緒緖續綺綽繩維綿繃綢綻綜綴緘緬纜緝緞締緣編緩緯緻縫纏縮縱縷繳罰罷羅網羈翹聞聯聰聳職聶聾肅腸膚腎腫脹脅膽勝朧脛膠脈髒臟臍腦膿腳脫臉臘膩騰艦艙艱藝蘆蘇甦蘋莖蒼薦蕩榮葷藥蓮營蕭薩蔣蔥藍蘚蘊藹蘿虜慮虛蟲雖蝦螞蠶蠻蠟蠅螢蝕銜補襯襲製褲見觀規覓視覽覺觸計訂認譏討讓訓議訊記講諱訝許論訟諷設訪訣證評識詐訴診詆詞譯試詩誠話誕詮詭詢該詳誅誡誣語誤誘誨說説誦請諸諾讀誹課誰調諒談誼謀諜謊諧謁謂諭諮諺謎謝謠謗謙謹譴譜譽讚贊誌貝貞負財貢貧貨販貪貫責貯貳貴貶貸費貼貿賀賂賃賄資賈賊賑賜賞賠賦質賬賭賴賺購賽贈贍贏贓贖趕趙趨躍踐蹤跡蹟軀車軋軌軒轉輪軟轟軸輕載輔輛輝輩輸輯轄轎轍辭辯邊遼達遷過邁運還這進遠違連遲適選遜遞邏遺遙迴週鄧鄭鄰郵鄒醞釀釋裡裏鑒鑑針釘釣鈍鈔鈣鈕鉤鈴鉛銀銅鋁銷鋤鋪舖鋼錐錘錢錦錫錯鍋鍵鍛鎖鎮鏈鏡鐘鍾鐵鑄鑰鑽銹鏽長門閃閉問閏閑閒間悶閘鬧閨閩閣閥閱閻闊闖闡闆隊陽陰陣階際陸隴陳險隨隱隸難雛雞鷄霧靂靄靜韃韋韌韓韻頁頂頃項順須鬚頑顧頓頒頌預領頗頸頻顆題額顏顛顫頹風颳飄飛飢饑飯飲飽飾餃餅餓館舘饒饞餵饋馬馭馳駐駕駛駱駿騎騙騷驅驕驗驛驟驢罵骯髏鬆鬍鬱魚魯鮮鯉鯨鳥鳴鴨鴻鵝鶴鷹麥麵麪黃齊齒齡龍龜祕準隻係繫佈佔併並昇陞嚮兇凈恆慾汙釐鹹黴嘗嚐剋剷蒐稟覈踴隕陝雋靦濬牀痠皁睏羣脣鈎溼煇餈', '万与丑专业丛东丝两严丧个个丰临为为丽举么义乌乐乔习乡书买乱争于亏云亚产产亩亲亿仅从仑仓仪们价众众优伙会伞伟传伤伦伪伪体余佣佥侠侣侥侦侧侨侩侬俦俨俩俪俭债倾偻偿储儿兑党兰关兴兹养兽内冈册写军农冯冲决况冻净凄凄凉减凑凛几凤凭凯击凿划刘则刚创删别别刽剂剐剑剥剧劝办务动励劲劳势勋匀匮区医华协单卖卢卤卤卧卫卫却厂厅历历厉压厌厕厢厦厨厩厮县参双发发变叙叠叶号叹叹吁后吓吕吗吨听启吴呕员呛呜咏咙响哑哗哗哟唠唤啧啬啸喷喽嘱噜嚣团团园围国图圆圣圹场坏块坚坛坛坝坞坟坠垄垒垦垫堑堕墙壮声壳壶处备复复够头夸夹夺奁奋奖奖奥妆妇妈妩妪姜娄娇娱娴婴婶孙学孪宁宝实宠审宪宫宽宾寝对寻导寿将尔尘尧尴尸尽尽层届屉属屡屿岁岂岖岗岚岛岭岳峥嵘巅巩币帅师帐帘帜带帧帮帼幂庄庆庐库应庙庞废广开异弃张弥弥弯弹强归当当录彦彻径征忆忏忧怀态怂怜总总恋恳恶恼悦悬悯惊惧惨惩惫惬惭惮惯愤愿慑懑懒戆戏战户扎扎扑执扩扫扬扰抚抛抠抢护报担拟拢拣拥拦拧拨择挂挂挚挛挞挟挠挡挣挤挥捞损捡换捣据掳掷掸掺揽搅携摄摆摇摈摊撑撵撷攒背抬舍采敌敛数斋斗斗斗斩断无旧时旷昼显晋晒晓晕晖暂暧昵术朴机杀杂权条来杨杰极构枢枣枪枫柜柠栅标栈栋栏树栖样桢档桥桦桧桨桩梦检杠榄榈槛槟横樱橱杆梁台台台欢欧歼残殒殡殴毁毕毙毡气氢汇汇汉汤汹沟没沦沧沪泞泪泻泄泼泽洁洒洼浅浆浇浊测济浏浑浓涛涝涟涡涣涤润涧涨涩渊渍渐渔沈渗温游湾湿溃溅满滤滥滨滩潜澜濑灭灯灵灾灿炉炖点炼炼炼炽烁烂烛烟烦烧烩烫烬热焕荧爱爷牍牵牺犊状犹狈狰独狭狮狱狞获获猎献猪猫玛环现玺琐琼瓮电画畅畴疗疯症痒疮痪瘫瘾癞癣癫愈皱盏盐监盖盗盘杯睁瞒瞩矿码砖砚础硕确碱碍礼祸祷禅离秃秆种积称秽稳谷税穷窃窍窑窜窝窥竖竞笔笋笺筹签简节范筑笃筛篮篱类粮粪紧纠纪约红纹纳纽纯纱纸级纷纺线线练组绅细织终绊绍绎经绑绒结绕绘给绚络绝绝绞统绢绣绣绥继绩绪绪续绮绰绳维绵绷绸绽综缀缄缅缆缉缎缔缘编缓纬致缝缠缩纵缕缴罚罢罗网羁翘闻联聪耸职聂聋肃肠肤肾肿胀胁胆胜胧胫胶脉脏脏脐脑脓脚脱脸腊腻腾舰舱艰艺芦苏苏苹茎苍荐荡荣荤药莲营萧萨蒋葱蓝藓蕴蔼萝虏虑虚虫虽虾蚂蚕蛮蜡蝇萤蚀衔补衬袭制裤见观规觅视览觉触计订认讥讨让训议讯记讲讳讶许论讼讽设访诀证评识诈诉诊诋词译试诗诚话诞诠诡询该详诛诫诬语误诱诲说说诵请诸诺读诽课谁调谅谈谊谋谍谎谐谒谓谕咨谚谜谢谣谤谦谨谴谱誉赞赞志贝贞负财贡贫货贩贪贯责贮贰贵贬贷费贴贸贺赂赁贿资贾贼赈赐赏赔赋质账赌赖赚购赛赠赡赢赃赎赶赵趋跃践踪迹迹躯车轧轨轩转轮软轰轴轻载辅辆辉辈输辑辖轿辙辞辩边辽达迁过迈运还这进远违连迟适选逊递逻遗遥回周邓郑邻邮邹酝酿释里里鉴鉴针钉钓钝钞钙钮钩铃铅银铜铝销锄铺铺钢锥锤钱锦锡错锅键锻锁镇链镜钟钟铁铸钥钻锈锈长门闪闭问闰闲闲间闷闸闹闺闽阁阀阅阎阔闯阐板队阳阴阵阶际陆陇陈险随隐隶难雏鸡鸡雾雳霭静鞑韦韧韩韵页顶顷项顺须须顽顾顿颁颂预领颇颈频颗题额颜颠颤颓风刮飘飞饥饥饭饮饱饰饺饼饿馆馆饶馋喂馈马驭驰驻驾驶骆骏骑骗骚驱骄验驿骤驴骂肮髅松胡郁鱼鲁鲜鲤鲸鸟鸣鸭鸿鹅鹤鹰麦面面黄齐齿龄龙龟秘准只系系布占并并升升向凶净恒欲污厘咸霉尝尝克铲搜禀核踊陨陕隽腼浚床酸皂困群唇钩湿辉糍')
$$;

CREATE OR REPLACE FUNCTION search_normalize(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(search_fold_script(lower(normalize(input, NFKC))),
    '[ \t\r\f\v]+', ' ', 'g'),
    ' ?\n[ \n]*', E'\n', 'g'),
    ' (?=[^\x01-\x7f])|(?<=[^\x01-\x7f]) ', '', 'g'), E' \n')
$$;

-- Documents indexed before folding existed are indexed again.
SELECT search_refresh(content_id, true) FROM search_documents;
