-- Search folding off the publishing path's bill, and the common-word decision without an EXPLAIN.
--
-- 1. search_fold_script (0013) was one translate() with the gate's 1,276 traditional → simplified pairs.
--    PostgreSQL's translate() looks each input character up by walking the whole `from` string, so the fold
--    of a bench item (a 270-character text) cost about 7 ms of database CPU inside the search trigger of every
--    portal publication, three quarters of that trigger (a forced search_refresh, backend CPU time: 9.5 ms an
--    item before, 2.3 ms after; the rest is the tokenizer and the GIN index). Government prose is
--    simplified, so the fold now first asks one regular expression (compiled once per session and cached)
--    whether the text holds any traditional character at all — tens of microseconds — and only then
--    translates, over the distinct traditional characters it found (about 1 ms for a wholly traditional
--    text). Same table, same result (test/portal/search-folding.test.ts compares it with review/tradSimp.ts);
--    stored documents are already folded the same way, so nothing needs re-indexing.
-- 2. search_rank no longer runs EXPLAIN to learn whether a word is common (1.4 ms p50, 10 ms p99 at 100,000
--    items on the loaded development machine, paid by every query, rare words too). The caller passes the
--    estimate, read from pg_stats once a minute (store/searchEstimate.ts), and the queries inside run on
--    generic plans, so no query plans `tokens @> …` against the 10,000 element statistics of STATISTICS 1000.

CREATE OR REPLACE FUNCTION search_fold_script(input text) RETURNS text LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  found text;
BEGIN
  IF input !~ '[萬與醜專業叢東絲兩嚴喪個箇豐臨為爲麗舉麼義烏樂喬習鄉書買亂爭於虧雲亞產産畝親億僅從侖倉儀們價眾衆優夥會傘偉傳傷倫偽僞體餘傭僉俠侶僥偵側僑儈儂儔儼倆儷儉債傾僂償儲兒兌黨蘭關興茲養獸內岡冊寫軍農馮衝決況凍淨淒悽涼減湊凜幾鳳憑凱擊鑿劃劉則剛創刪別彆劊劑剮劍剝劇勸辦務動勵勁勞勢勳勻匱區醫華協單賣盧鹵滷臥衛衞卻廠廳歷曆厲壓厭廁廂廈廚廄廝縣參雙發髮變敘疊葉號嘆歎籲後嚇呂嗎噸聽啟吳嘔員嗆嗚詠嚨響啞嘩譁喲嘮喚嘖嗇嘯噴嘍囑嚕囂團糰園圍國圖圓聖壙場壞塊堅壇罈壩塢墳墜壟壘墾墊塹墮牆壯聲殼壺處備復複夠頭誇夾奪奩奮獎奬奧妝婦媽嫵嫗薑婁嬌娛嫻嬰嬸孫學孿寧寶實寵審憲宮寬賓寢對尋導壽將爾塵堯尷屍盡儘層屆屜屬屢嶼歲豈嶇崗嵐島嶺嶽崢嶸巔鞏幣帥師帳簾幟帶幀幫幗冪莊慶廬庫應廟龐廢廣開異棄張彌瀰彎彈強歸當噹錄彥徹徑徵憶懺憂懷態慫憐總縂戀懇惡惱悅懸憫驚懼慘懲憊愜慚憚慣憤願懾懣懶戇戲戰戶紮紥撲執擴掃揚擾撫拋摳搶護報擔擬攏揀擁攔擰撥擇掛罣摯攣撻挾撓擋掙擠揮撈損撿換搗據擄擲撣摻攬攪攜攝擺搖擯攤撐攆擷攢揹擡捨採敵斂數齋鬥鬪鬭斬斷無舊時曠晝顯晉曬曉暈暉暫曖暱術樸機殺雜權條來楊傑極構樞棗槍楓櫃檸柵標棧棟欄樹棲樣楨檔橋樺檜槳樁夢檢槓欖櫚檻檳橫櫻櫥桿樑檯臺颱歡歐殲殘殞殯毆毀畢斃氈氣氫匯彙漢湯洶溝沒淪滄滬濘淚瀉洩潑澤潔灑窪淺漿澆濁測濟瀏渾濃濤澇漣渦渙滌潤澗漲澀淵漬漸漁瀋滲溫遊灣濕潰濺滿濾濫濱灘潛瀾瀨滅燈靈災燦爐燉點煉鍊錬熾爍爛燭煙煩燒燴燙燼熱煥熒愛爺牘牽犧犢狀猶狽猙獨狹獅獄獰獲穫獵獻豬貓瑪環現璽瑣瓊甕電畫暢疇療瘋癥癢瘡瘓癱癮癩癬癲癒皺盞鹽監蓋盜盤盃睜瞞矚礦碼磚硯礎碩確鹼礙禮禍禱禪離禿稈種積稱穢穩穀稅窮竊竅窯竄窩窺豎競筆筍箋籌簽簡節範築篤篩籃籬類糧糞緊糾紀約紅紋納紐純紗紙級紛紡線綫練組紳細織終絆紹繹經綁絨結繞繪給絢絡絕絶絞統絹綉繡綏繼績緒緖續綺綽繩維綿繃綢綻綜綴緘緬纜緝緞締緣編緩緯緻縫纏縮縱縷繳罰罷羅網羈翹聞聯聰聳職聶聾肅腸膚腎腫脹脅膽勝朧脛膠脈髒臟臍腦膿腳脫臉臘膩騰艦艙艱藝蘆蘇甦蘋莖蒼薦蕩榮葷藥蓮營蕭薩蔣蔥藍蘚蘊藹蘿虜慮虛蟲雖蝦螞蠶蠻蠟蠅螢蝕銜補襯襲製褲見觀規覓視覽覺觸計訂認譏討讓訓議訊記講諱訝許論訟諷設訪訣證評識詐訴診詆詞譯試詩誠話誕詮詭詢該詳誅誡誣語誤誘誨說説誦請諸諾讀誹課誰調諒談誼謀諜謊諧謁謂諭諮諺謎謝謠謗謙謹譴譜譽讚贊誌貝貞負財貢貧貨販貪貫責貯貳貴貶貸費貼貿賀賂賃賄資賈賊賑賜賞賠賦質賬賭賴賺購賽贈贍贏贓贖趕趙趨躍踐蹤跡蹟軀車軋軌軒轉輪軟轟軸輕載輔輛輝輩輸輯轄轎轍辭辯邊遼達遷過邁運還這進遠違連遲適選遜遞邏遺遙迴週鄧鄭鄰郵鄒醞釀釋裡裏鑒鑑針釘釣鈍鈔鈣鈕鉤鈴鉛銀銅鋁銷鋤鋪舖鋼錐錘錢錦錫錯鍋鍵鍛鎖鎮鏈鏡鐘鍾鐵鑄鑰鑽銹鏽長門閃閉問閏閑閒間悶閘鬧閨閩閣閥閱閻闊闖闡闆隊陽陰陣階際陸隴陳險隨隱隸難雛雞鷄霧靂靄靜韃韋韌韓韻頁頂頃項順須鬚頑顧頓頒頌預領頗頸頻顆題額顏顛顫頹風颳飄飛飢饑飯飲飽飾餃餅餓館舘饒饞餵饋馬馭馳駐駕駛駱駿騎騙騷驅驕驗驛驟驢罵骯髏鬆鬍鬱魚魯鮮鯉鯨鳥鳴鴨鴻鵝鶴鷹麥麵麪黃齊齒齡龍龜祕準隻係繫佈佔併並昇陞嚮兇凈恆慾汙釐鹹黴嘗嚐剋剷蒐稟覈踴隕陝雋靦濬牀痠皁睏羣脣鈎溼煇餈]' THEN
    RETURN input;
  END IF;
  SELECT string_agg(DISTINCT m[1], '') INTO found FROM regexp_matches(input, '([萬與醜專業叢東絲兩嚴喪個箇豐臨為爲麗舉麼義烏樂喬習鄉書買亂爭於虧雲亞產産畝親億僅從侖倉儀們價眾衆優夥會傘偉傳傷倫偽僞體餘傭僉俠侶僥偵側僑儈儂儔儼倆儷儉債傾僂償儲兒兌黨蘭關興茲養獸內岡冊寫軍農馮衝決況凍淨淒悽涼減湊凜幾鳳憑凱擊鑿劃劉則剛創刪別彆劊劑剮劍剝劇勸辦務動勵勁勞勢勳勻匱區醫華協單賣盧鹵滷臥衛衞卻廠廳歷曆厲壓厭廁廂廈廚廄廝縣參雙發髮變敘疊葉號嘆歎籲後嚇呂嗎噸聽啟吳嘔員嗆嗚詠嚨響啞嘩譁喲嘮喚嘖嗇嘯噴嘍囑嚕囂團糰園圍國圖圓聖壙場壞塊堅壇罈壩塢墳墜壟壘墾墊塹墮牆壯聲殼壺處備復複夠頭誇夾奪奩奮獎奬奧妝婦媽嫵嫗薑婁嬌娛嫻嬰嬸孫學孿寧寶實寵審憲宮寬賓寢對尋導壽將爾塵堯尷屍盡儘層屆屜屬屢嶼歲豈嶇崗嵐島嶺嶽崢嶸巔鞏幣帥師帳簾幟帶幀幫幗冪莊慶廬庫應廟龐廢廣開異棄張彌瀰彎彈強歸當噹錄彥徹徑徵憶懺憂懷態慫憐總縂戀懇惡惱悅懸憫驚懼慘懲憊愜慚憚慣憤願懾懣懶戇戲戰戶紮紥撲執擴掃揚擾撫拋摳搶護報擔擬攏揀擁攔擰撥擇掛罣摯攣撻挾撓擋掙擠揮撈損撿換搗據擄擲撣摻攬攪攜攝擺搖擯攤撐攆擷攢揹擡捨採敵斂數齋鬥鬪鬭斬斷無舊時曠晝顯晉曬曉暈暉暫曖暱術樸機殺雜權條來楊傑極構樞棗槍楓櫃檸柵標棧棟欄樹棲樣楨檔橋樺檜槳樁夢檢槓欖櫚檻檳橫櫻櫥桿樑檯臺颱歡歐殲殘殞殯毆毀畢斃氈氣氫匯彙漢湯洶溝沒淪滄滬濘淚瀉洩潑澤潔灑窪淺漿澆濁測濟瀏渾濃濤澇漣渦渙滌潤澗漲澀淵漬漸漁瀋滲溫遊灣濕潰濺滿濾濫濱灘潛瀾瀨滅燈靈災燦爐燉點煉鍊錬熾爍爛燭煙煩燒燴燙燼熱煥熒愛爺牘牽犧犢狀猶狽猙獨狹獅獄獰獲穫獵獻豬貓瑪環現璽瑣瓊甕電畫暢疇療瘋癥癢瘡瘓癱癮癩癬癲癒皺盞鹽監蓋盜盤盃睜瞞矚礦碼磚硯礎碩確鹼礙禮禍禱禪離禿稈種積稱穢穩穀稅窮竊竅窯竄窩窺豎競筆筍箋籌簽簡節範築篤篩籃籬類糧糞緊糾紀約紅紋納紐純紗紙級紛紡線綫練組紳細織終絆紹繹經綁絨結繞繪給絢絡絕絶絞統絹綉繡綏繼績緒緖續綺綽繩維綿繃綢綻綜綴緘緬纜緝緞締緣編緩緯緻縫纏縮縱縷繳罰罷羅網羈翹聞聯聰聳職聶聾肅腸膚腎腫脹脅膽勝朧脛膠脈髒臟臍腦膿腳脫臉臘膩騰艦艙艱藝蘆蘇甦蘋莖蒼薦蕩榮葷藥蓮營蕭薩蔣蔥藍蘚蘊藹蘿虜慮虛蟲雖蝦螞蠶蠻蠟蠅螢蝕銜補襯襲製褲見觀規覓視覽覺觸計訂認譏討讓訓議訊記講諱訝許論訟諷設訪訣證評識詐訴診詆詞譯試詩誠話誕詮詭詢該詳誅誡誣語誤誘誨說説誦請諸諾讀誹課誰調諒談誼謀諜謊諧謁謂諭諮諺謎謝謠謗謙謹譴譜譽讚贊誌貝貞負財貢貧貨販貪貫責貯貳貴貶貸費貼貿賀賂賃賄資賈賊賑賜賞賠賦質賬賭賴賺購賽贈贍贏贓贖趕趙趨躍踐蹤跡蹟軀車軋軌軒轉輪軟轟軸輕載輔輛輝輩輸輯轄轎轍辭辯邊遼達遷過邁運還這進遠違連遲適選遜遞邏遺遙迴週鄧鄭鄰郵鄒醞釀釋裡裏鑒鑑針釘釣鈍鈔鈣鈕鉤鈴鉛銀銅鋁銷鋤鋪舖鋼錐錘錢錦錫錯鍋鍵鍛鎖鎮鏈鏡鐘鍾鐵鑄鑰鑽銹鏽長門閃閉問閏閑閒間悶閘鬧閨閩閣閥閱閻闊闖闡闆隊陽陰陣階際陸隴陳險隨隱隸難雛雞鷄霧靂靄靜韃韋韌韓韻頁頂頃項順須鬚頑顧頓頒頌預領頗頸頻顆題額顏顛顫頹風颳飄飛飢饑飯飲飽飾餃餅餓館舘饒饞餵饋馬馭馳駐駕駛駱駿騎騙騷驅驕驗驛驟驢罵骯髏鬆鬍鬱魚魯鮮鯉鯨鳥鳴鴨鴻鵝鶴鷹麥麵麪黃齊齒齡龍龜祕準隻係繫佈佔併並昇陞嚮兇凈恆慾汙釐鹹黴嘗嚐剋剷蒐稟覈踴隕陝雋靦濬牀痠皁睏羣脣鈎溼煇餈])', 'g') AS m;
  RETURN translate(input, found, translate(found,
    '萬與醜專業叢東絲兩嚴喪個箇豐臨為爲麗舉麼義烏樂喬習鄉書買亂爭於虧雲亞產産畝親億僅從侖倉儀們價眾衆優夥會傘偉傳傷倫偽僞體餘傭僉俠侶僥偵側僑儈儂儔儼倆儷儉債傾僂償儲兒兌黨蘭關興茲養獸內岡冊寫軍農馮衝決況凍淨淒悽涼減湊凜幾鳳憑凱擊鑿劃劉則剛創刪別彆劊劑剮劍剝劇勸辦務動勵勁勞勢勳勻匱區醫華協單賣盧鹵滷臥衛衞卻廠廳歷曆厲壓厭廁廂廈廚廄廝縣參雙發髮變敘疊葉號嘆歎籲後嚇呂嗎噸聽啟吳嘔員嗆嗚詠嚨響啞嘩譁喲嘮喚嘖嗇嘯噴嘍囑嚕囂團糰園圍國圖圓聖壙場壞塊堅壇罈壩塢墳墜壟壘墾墊塹墮牆壯聲殼壺處備復複夠頭誇夾奪奩奮獎奬奧妝婦媽嫵嫗薑婁嬌娛嫻嬰嬸孫學孿寧寶實寵審憲宮寬賓寢對尋導壽將爾塵堯尷屍盡儘層屆屜屬屢嶼歲豈嶇崗嵐島嶺嶽崢嶸巔鞏幣帥師帳簾幟帶幀幫幗冪莊慶廬庫應廟龐廢廣開異棄張彌瀰彎彈強歸當噹錄彥徹徑徵憶懺憂懷態慫憐總縂戀懇惡惱悅懸憫驚懼慘懲憊愜慚憚慣憤願懾懣懶戇戲戰戶紮紥撲執擴掃揚擾撫拋摳搶護報擔擬攏揀擁攔擰撥擇掛罣摯攣撻挾撓擋掙擠揮撈損撿換搗據擄擲撣摻攬攪攜攝擺搖擯攤撐攆擷攢揹擡捨採敵斂數齋鬥鬪鬭斬斷無舊時曠晝顯晉曬曉暈暉暫曖暱術樸機殺雜權條來楊傑極構樞棗槍楓櫃檸柵標棧棟欄樹棲樣楨檔橋樺檜槳樁夢檢槓欖櫚檻檳橫櫻櫥桿樑檯臺颱歡歐殲殘殞殯毆毀畢斃氈氣氫匯彙漢湯洶溝沒淪滄滬濘淚瀉洩潑澤潔灑窪淺漿澆濁測濟瀏渾濃濤澇漣渦渙滌潤澗漲澀淵漬漸漁瀋滲溫遊灣濕潰濺滿濾濫濱灘潛瀾瀨滅燈靈災燦爐燉點煉鍊錬熾爍爛燭煙煩燒燴燙燼熱煥熒愛爺牘牽犧犢狀猶狽猙獨狹獅獄獰獲穫獵獻豬貓瑪環現璽瑣瓊甕電畫暢疇療瘋癥癢瘡瘓癱癮癩癬癲癒皺盞鹽監蓋盜盤盃睜瞞矚礦碼磚硯礎碩確鹼礙禮禍禱禪離禿稈種積稱穢穩穀稅窮竊竅窯竄窩窺豎競筆筍箋籌簽簡節範築篤篩籃籬類糧糞緊糾紀約紅紋納紐純紗紙級紛紡線綫練組紳細織終絆紹繹經綁絨結繞繪給絢絡絕絶絞統絹綉繡綏繼績緒緖續綺綽繩維綿繃綢綻綜綴緘緬纜緝緞締緣編緩緯緻縫纏縮縱縷繳罰罷羅網羈翹聞聯聰聳職聶聾肅腸膚腎腫脹脅膽勝朧脛膠脈髒臟臍腦膿腳脫臉臘膩騰艦艙艱藝蘆蘇甦蘋莖蒼薦蕩榮葷藥蓮營蕭薩蔣蔥藍蘚蘊藹蘿虜慮虛蟲雖蝦螞蠶蠻蠟蠅螢蝕銜補襯襲製褲見觀規覓視覽覺觸計訂認譏討讓訓議訊記講諱訝許論訟諷設訪訣證評識詐訴診詆詞譯試詩誠話誕詮詭詢該詳誅誡誣語誤誘誨說説誦請諸諾讀誹課誰調諒談誼謀諜謊諧謁謂諭諮諺謎謝謠謗謙謹譴譜譽讚贊誌貝貞負財貢貧貨販貪貫責貯貳貴貶貸費貼貿賀賂賃賄資賈賊賑賜賞賠賦質賬賭賴賺購賽贈贍贏贓贖趕趙趨躍踐蹤跡蹟軀車軋軌軒轉輪軟轟軸輕載輔輛輝輩輸輯轄轎轍辭辯邊遼達遷過邁運還這進遠違連遲適選遜遞邏遺遙迴週鄧鄭鄰郵鄒醞釀釋裡裏鑒鑑針釘釣鈍鈔鈣鈕鉤鈴鉛銀銅鋁銷鋤鋪舖鋼錐錘錢錦錫錯鍋鍵鍛鎖鎮鏈鏡鐘鍾鐵鑄鑰鑽銹鏽長門閃閉問閏閑閒間悶閘鬧閨閩閣閥閱閻闊闖闡闆隊陽陰陣階際陸隴陳險隨隱隸難雛雞鷄霧靂靄靜韃韋韌韓韻頁頂頃項順須鬚頑顧頓頒頌預領頗頸頻顆題額顏顛顫頹風颳飄飛飢饑飯飲飽飾餃餅餓館舘饒饞餵饋馬馭馳駐駕駛駱駿騎騙騷驅驕驗驛驟驢罵骯髏鬆鬍鬱魚魯鮮鯉鯨鳥鳴鴨鴻鵝鶴鷹麥麵麪黃齊齒齡龍龜祕準隻係繫佈佔併並昇陞嚮兇凈恆慾汙釐鹹黴嘗嚐剋剷蒐稟覈踴隕陝雋靦濬牀痠皁睏羣脣鈎溼煇餈',
    '万与丑专业丛东丝两严丧个个丰临为为丽举么义乌乐乔习乡书买乱争于亏云亚产产亩亲亿仅从仑仓仪们价众众优伙会伞伟传伤伦伪伪体余佣佥侠侣侥侦侧侨侩侬俦俨俩俪俭债倾偻偿储儿兑党兰关兴兹养兽内冈册写军农冯冲决况冻净凄凄凉减凑凛几凤凭凯击凿划刘则刚创删别别刽剂剐剑剥剧劝办务动励劲劳势勋匀匮区医华协单卖卢卤卤卧卫卫却厂厅历历厉压厌厕厢厦厨厩厮县参双发发变叙叠叶号叹叹吁后吓吕吗吨听启吴呕员呛呜咏咙响哑哗哗哟唠唤啧啬啸喷喽嘱噜嚣团团园围国图圆圣圹场坏块坚坛坛坝坞坟坠垄垒垦垫堑堕墙壮声壳壶处备复复够头夸夹夺奁奋奖奖奥妆妇妈妩妪姜娄娇娱娴婴婶孙学孪宁宝实宠审宪宫宽宾寝对寻导寿将尔尘尧尴尸尽尽层届屉属屡屿岁岂岖岗岚岛岭岳峥嵘巅巩币帅师帐帘帜带帧帮帼幂庄庆庐库应庙庞废广开异弃张弥弥弯弹强归当当录彦彻径征忆忏忧怀态怂怜总总恋恳恶恼悦悬悯惊惧惨惩惫惬惭惮惯愤愿慑懑懒戆戏战户扎扎扑执扩扫扬扰抚抛抠抢护报担拟拢拣拥拦拧拨择挂挂挚挛挞挟挠挡挣挤挥捞损捡换捣据掳掷掸掺揽搅携摄摆摇摈摊撑撵撷攒背抬舍采敌敛数斋斗斗斗斩断无旧时旷昼显晋晒晓晕晖暂暧昵术朴机杀杂权条来杨杰极构枢枣枪枫柜柠栅标栈栋栏树栖样桢档桥桦桧桨桩梦检杠榄榈槛槟横樱橱杆梁台台台欢欧歼残殒殡殴毁毕毙毡气氢汇汇汉汤汹沟没沦沧沪泞泪泻泄泼泽洁洒洼浅浆浇浊测济浏浑浓涛涝涟涡涣涤润涧涨涩渊渍渐渔沈渗温游湾湿溃溅满滤滥滨滩潜澜濑灭灯灵灾灿炉炖点炼炼炼炽烁烂烛烟烦烧烩烫烬热焕荧爱爷牍牵牺犊状犹狈狰独狭狮狱狞获获猎献猪猫玛环现玺琐琼瓮电画畅畴疗疯症痒疮痪瘫瘾癞癣癫愈皱盏盐监盖盗盘杯睁瞒瞩矿码砖砚础硕确碱碍礼祸祷禅离秃秆种积称秽稳谷税穷窃窍窑窜窝窥竖竞笔笋笺筹签简节范筑笃筛篮篱类粮粪紧纠纪约红纹纳纽纯纱纸级纷纺线线练组绅细织终绊绍绎经绑绒结绕绘给绚络绝绝绞统绢绣绣绥继绩绪绪续绮绰绳维绵绷绸绽综缀缄缅缆缉缎缔缘编缓纬致缝缠缩纵缕缴罚罢罗网羁翘闻联聪耸职聂聋肃肠肤肾肿胀胁胆胜胧胫胶脉脏脏脐脑脓脚脱脸腊腻腾舰舱艰艺芦苏苏苹茎苍荐荡荣荤药莲营萧萨蒋葱蓝藓蕴蔼萝虏虑虚虫虽虾蚂蚕蛮蜡蝇萤蚀衔补衬袭制裤见观规觅视览觉触计订认讥讨让训议讯记讲讳讶许论讼讽设访诀证评识诈诉诊诋词译试诗诚话诞诠诡询该详诛诫诬语误诱诲说说诵请诸诺读诽课谁调谅谈谊谋谍谎谐谒谓谕咨谚谜谢谣谤谦谨谴谱誉赞赞志贝贞负财贡贫货贩贪贯责贮贰贵贬贷费贴贸贺赂赁贿资贾贼赈赐赏赔赋质账赌赖赚购赛赠赡赢赃赎赶赵趋跃践踪迹迹躯车轧轨轩转轮软轰轴轻载辅辆辉辈输辑辖轿辙辞辩边辽达迁过迈运还这进远违连迟适选逊递逻遗遥回周邓郑邻邮邹酝酿释里里鉴鉴针钉钓钝钞钙钮钩铃铅银铜铝销锄铺铺钢锥锤钱锦锡错锅键锻锁镇链镜钟钟铁铸钥钻锈锈长门闪闭问闰闲闲间闷闸闹闺闽阁阀阅阎阔闯阐板队阳阴阵阶际陆陇陈险随隐隶难雏鸡鸡雾雳霭静鞑韦韧韩韵页顶顷项顺须须顽顾顿颁颂预领颇颈频颗题额颜颠颤颓风刮飘飞饥饥饭饮饱饰饺饼饿馆馆饶馋喂馈马驭驰驻驾驶骆骏骑骗骚驱骄验驿骤驴骂肮髅松胡郁鱼鲁鲜鲤鲸鸟鸣鸭鸿鹅鹤鹰麦面面黄齐齿龄龙龟秘准只系系布占并并升升向凶净恒欲污厘咸霉尝尝克铲搜禀核踊陨陕隽腼浚床酸皂困群唇钩湿辉糍'));
END $$;

-- As in 0019, with `estimate` (the caller's reading of the token statistics; NULL when a token is not among the
-- most common elements, i.e. rare) in place of the EXPLAIN. A word estimated far past the cap is common without
-- counting; otherwise GIN counts, reading at most exact_up_to + 1 candidates.
DROP FUNCTION search_rank(text[], text[], integer, integer, integer);
CREATE FUNCTION search_rank(want text[], terms text[], skip integer, take integer, exact_up_to integer DEFAULT 5000, estimate integer DEFAULT NULL)
  RETURNS TABLE (content_id uuid, revision integer, title_hits integer, body_hits integer, total integer, ord bigint, estimated boolean)
  -- ROWS: a page, not the default 1,000. Told 1,000, the planner joined the page to the portal's columns by hashing
  -- all of publications (a sequential scan of 100,000 rows on every search); told 20, it looks each row up by key.
  LANGUAGE plpgsql STABLE ROWS 20 SET enable_seqscan = off SET plan_cache_mode = force_generic_plan AS $$
#variable_conflict use_column
DECLARE
  candidates integer;
BEGIN
  IF estimate::bigint > 2::bigint * exact_up_to THEN
    candidates := estimate;
  ELSE
    SELECT count(*) INTO candidates FROM (SELECT 1 FROM search_documents d WHERE d.tokens @> want LIMIT exact_up_to + 1) probe;
  END IF;

  IF candidates > exact_up_to THEN
    RETURN QUERY
    SELECT m.content_id, m.revision,
      (SELECT sum((octet_length(m.title) - octet_length(replace(m.title, t, ''))) / octet_length(t))::integer FROM unnest(terms) AS t),
      (SELECT sum((octet_length(m.body) - octet_length(replace(m.body, t, ''))) / octet_length(t))::integer FROM unnest(terms) AS t),
      greatest(candidates, estimate), skip + row_number() OVER (ORDER BY m.published_at DESC, m.content_id DESC), true
    FROM (
      -- No `tokens @>` here: it would detoast every row's token array; the substring test is exact anyway.
      SELECT d.content_id, d.revision, d.published_at, d.title, d.body
      FROM search_documents d
      WHERE NOT EXISTS (SELECT 1 FROM unnest(terms) AS t
                        WHERE octet_length(replace(d.title, t, '')) = octet_length(d.title) AND octet_length(replace(d.body, t, '')) = octet_length(d.body))
      ORDER BY d.published_at DESC, d.content_id DESC OFFSET skip LIMIT take
    ) m;
  ELSE
    RETURN QUERY SELECT r.content_id, r.revision, r.title_hits, r.body_hits, r.total, r.ord, false FROM search_rank_exact(want, terms, skip, take) r;
  END IF;
END $$;
